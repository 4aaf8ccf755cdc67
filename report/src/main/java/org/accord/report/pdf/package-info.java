/**
 * The PDF briefings (OpenPDF) on one agreement and on a period, sharing one template per agreement and printed in an
 * embedded CJK font; use them through {@link org.accord.report.Reports}.
 */
@NullMarked
package org.accord.report.pdf;

import org.jspecify.annotations.NullMarked;
