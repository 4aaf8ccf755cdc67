/**
 * The Excel workbook (Apache POI, streamed SXSSF): agreements, parties, attendees, commitments, sources and months;
 * use it through {@link org.accord.report.Reports}.
 */
@NullMarked
package org.accord.report.excel;

import org.jspecify.annotations.NullMarked;
