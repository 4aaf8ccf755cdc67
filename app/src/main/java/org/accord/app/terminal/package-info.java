/** What a command draws only on a terminal, never into a file or a pipe: the progress line. */
@NullMarked
package org.accord.app.terminal;

import org.jspecify.annotations.NullMarked;
