/** Writing output files safely: atomic replacement and file names that input text cannot steer. */
@NullMarked
package org.accord.app.io;

import org.jspecify.annotations.NullMarked;
