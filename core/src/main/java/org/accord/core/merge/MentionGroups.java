package org.accord.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.core.model.Mention;

/**
 * Mentions joined into groups, one group per signing (union-find). Two groups holding mentions of one article are
 * never joined: an article that reports two signings reports two agreements, even when a third mention fits both.
 */
final class MentionGroups {
    private final List<Mention> mentions;
    private final int[] parent;
    private final Map<Integer, Set<String>> articles = new LinkedHashMap<>();

    MentionGroups(List<Mention> mentions) {
        this.mentions = mentions;
        this.parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            articles.put(i, new HashSet<>(Set.of(mentions.get(i).source().source())));
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Whether the groups of two mentions are one already or hold no article in common. */
    boolean canJoin(int i, int j) {
        int a = find(i);
        int b = find(j);
        return a == b || articles.get(a).stream().noneMatch(articles.get(b)::contains);
    }

    /** Joins the groups of two mentions, unless they hold mentions of one article. */
    void joinUnlessSameArticle(int i, int j) {
        int a = find(i);
        int b = find(j);
        if (a == b || !canJoin(a, b)) {
            return;
        }
        int root = Math.min(a, b);
        int other = Math.max(a, b);
        parent[other] = root;
        articles.get(root).addAll(articles.remove(other));
    }

    /** The groups, each in mention order, ordered by their first mention. */
    List<List<Mention>> groups() {
        Map<Integer, List<Mention>> groups = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(mentions.get(i));
        }
        return List.copyOf(groups.values());
    }
}
