package org.accord.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.app.pipeline.Progress;
import org.junit.jupiter.api.Test;

/** The progress line on a fake terminal and a fake clock. */
class ProgressLineTest {
    private final StringWriter screen = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private ProgressLine onTerminal() {
        return new ProgressLine(new TerminalWriter(screen), "accord run", clock::get);
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }

    @Test
    void line_partWayThrough_showsBarFilesArticlesRateAndEta() {
        String line = ProgressLine.line("accord run", new Progress(25, 100, 400), Duration.ofSeconds(5).toNanos());

        assertThat(line).isEqualTo("accord run [##--------] 25/100 files, 400 articles (80/s), ETA 0:15");
    }

    @Test
    void line_longEta_showsHours() {
        String line = ProgressLine.line("accord extract", new Progress(1, 10_000, 1), Duration.ofSeconds(2).toNanos());

        assertThat(line).isEqualTo("accord extract [----------] 1/10000 files, 1 article (1/s), ETA 5:33:18");
    }

    @Test
    void accept_onTerminal_redrawsInPlaceAtMostFiveTimesASecondAndClearsAtTheEnd() {
        ProgressLine progress = onTerminal();

        advance(Duration.ofSeconds(1));
        progress.accept(new Progress(1, 4, 10));
        advance(Duration.ofMillis(50));
        progress.accept(new Progress(2, 4, 20)); // too soon: not drawn
        advance(Duration.ofMillis(500));
        progress.accept(new Progress(3, 4, 30));
        String drawn = screen.toString();
        progress.accept(new Progress(4, 4, 40));

        assertThat(drawn).isEqualTo("\raccord run [##--------] 1/4 files, 10 articles (10/s), ETA 0:03"
                + "\raccord run [#######---] 3/4 files, 30 articles (19/s), ETA 0:01");
        assertThat(screen.toString()).isEqualTo(drawn + "\r" + " ".repeat(63) + "\r");
    }

    @Test
    void clear_afterDrawing_blanksTheLineAndTheNextProgressDrawsAgain() {
        ProgressLine progress = onTerminal();
        advance(Duration.ofSeconds(1));
        progress.accept(new Progress(1, 3, 1));

        progress.clear();
        progress.accept(new Progress(2, 3, 2)); // at once: a cleared line is redrawn without waiting

        String first = "accord run [###-------] 1/3 files, 1 article (1/s), ETA 0:02";
        assertThat(screen.toString()).isEqualTo("\r" + first + "\r" + " ".repeat(first.length()) + "\r"
                + "\raccord run [######----] 2/3 files, 2 articles (2/s), ETA 0:01");
    }

    @Test
    void on_notATerminal_drawsNothing() {
        StringWriter file = new StringWriter();
        ProgressLine progress = ProgressLine.on(new PrintWriter(file), "accord run", false);

        progress.accept(new Progress(1, 2, 1));
        progress.clear();
        progress.accept(new Progress(2, 2, 2));

        assertThat(file.toString()).isEmpty();
    }

    @Test
    void on_quietOnATerminal_drawsNothing() {
        ProgressLine progress = ProgressLine.on(new TerminalWriter(screen), "accord run", true);

        progress.accept(new Progress(1, 2, 1));

        assertThat(screen.toString()).isEmpty();
    }

    @Test
    void isTerminal_noConsole_isFalse() {
        assertThat(TerminalWriter.isTerminal(null)).isFalse();
    }
}
