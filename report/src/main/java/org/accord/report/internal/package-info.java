/**
 * Text formatting shared by the workbook and the briefing; not part of the module's API and may change at any time.
 */
@NullMarked
package org.accord.report.internal;

import org.jspecify.annotations.NullMarked;
