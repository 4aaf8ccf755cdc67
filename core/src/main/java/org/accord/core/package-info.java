/**
 * Accord's domain: what articles say about signings of cooperation agreements, and the agreements merged from them.
 * No file format is known here; {@code ingest} reads formats and {@code report} writes them.
 */
@NullMarked
package org.accord.core;

import org.jspecify.annotations.NullMarked;
