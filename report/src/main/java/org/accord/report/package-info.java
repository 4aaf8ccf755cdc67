/**
 * Writes agreements as an Excel workbook or as PDF briefings; {@link org.accord.report.Reports} is the one entry point.
 */
@NullMarked
package org.accord.report;

import org.jspecify.annotations.NullMarked;
