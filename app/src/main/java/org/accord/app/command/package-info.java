/** The subcommands of {@code accord}, one class each. */
@NullMarked
package org.accord.app.command;

import org.jspecify.annotations.NullMarked;
