/**
 * The PDF briefing on one agreement (OpenPDF), printed in an embedded CJK font; use it through
 * {@link org.accord.report.Reports}.
 */
@NullMarked
package org.accord.report.pdf;

import org.jspecify.annotations.NullMarked;
