package org.accord.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.SigningDate;

/**
 * Mentions joined into groups, one group per signing (union-find). Two groups are never joined when they hold mentions
 * of one article (an article that reports two signings reports two agreements) or dates that cannot be one day: a
 * third mention that fits both, undated, does not make them one.
 */
final class MentionGroups {
    private final List<Mention> mentions;
    private final int[] parent;
    private final Map<Integer, Set<String>> articles = new LinkedHashMap<>();
    private final Map<Integer, Set<SigningDate>> dates = new LinkedHashMap<>();

    MentionGroups(List<Mention> mentions) {
        this.mentions = mentions;
        this.parent = new int[mentions.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            articles.put(i, new HashSet<>(Set.of(mentions.get(i).source().source())));
            Fact<SigningDate> date = mentions.get(i).signedOn();
            dates.put(i, date == null ? new HashSet<>() : new HashSet<>(Set.of(date.value())));
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Whether the groups of two mentions are one already, or hold no article in common and only compatible dates. */
    boolean canJoin(int i, int j) {
        int a = find(i);
        int b = find(j);
        return a == b || articles.get(a).stream().noneMatch(articles.get(b)::contains)
                && dates.get(a).stream().allMatch(x -> dates.get(b).stream().allMatch(x::isCompatibleWith));
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
        dates.get(root).addAll(dates.remove(other));
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
