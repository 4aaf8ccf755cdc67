/**
 * Keeps what Accord has read across runs: articles (keyed by content hash), the mentions of signings with the evidence
 * for every value, and the agreements merged from all of them, in one embedded SQLite file. The entry point is
 * {@link org.accord.store.AgreementStore}.
 *
 * <p>Why SQLite (through the {@code org.xerial:sqlite-jdbc} driver) rather than H2:
 * <ul>
 *   <li>Its file format has stayed readable by every later SQLite since 2004, so a store outlives upgrades of the
 *       driver; H2 has changed its file format between versions (1.4 to 2.0, and within 2.x), needing an export and
 *       import. Our own schema versions ({@code schema_version}) are then the only migrations a store needs.
 *   <li>The file is exactly the one named ({@code out/accord.db}); H2 always appends {@code .mv.db}.
 *   <li>A store holds an exclusive lock while open, so a second run on it, in another process or the same one, is
 *       refused at once with a message naming the file. H2 shares an open database within one JVM instead.
 *   <li>Anyone can read a store with the {@code sqlite3} shell or Python's {@code sqlite3} module.
 * </ul>
 * The cost is native code: the driver ships SQLite for Linux, macOS and Windows on x86-64 and ARM and unpacks it into
 * {@code java.io.tmpdir} (set {@code org.sqlite.tmpdir} where that is not executable), which covers Spark executors on
 * those platforms.
 */
@NullMarked
package org.accord.store;

import org.jspecify.annotations.NullMarked;
