/**
 * The {@code accord} command line: {@link org.accord.app.AccordCli} is the entry point, {@link org.accord.app.ExitCodes}
 * the exit codes it returns.
 */
@NullMarked
package org.accord.app;

import org.jspecify.annotations.NullMarked;
