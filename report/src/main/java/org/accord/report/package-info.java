/**
 * Writes agreements as an Excel workbook or as PDF briefings. {@link org.accord.report.Reports} writes each report;
 * {@link org.accord.report.Briefing} sets up and writes the briefing and workbook of a period.
 */
@NullMarked
package org.accord.report;

import org.jspecify.annotations.NullMarked;
