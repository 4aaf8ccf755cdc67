/**
 * The Excel workbook (Apache POI, XSSF) with one row per agreement; use it through {@link org.accord.report.Reports}.
 */
@NullMarked
package org.accord.report.excel;

import org.jspecify.annotations.NullMarked;
