package org.accord.core.model;

/**
 * How much of a signing date an article states.
 *
 * <pre>{@code
 * SigningDate date = agreement.signedOn();
 * if (date != null && date.precision() == DatePrecision.MONTH) {
 *     System.out.println("signed in " + date.month() + ", on a day the articles do not state");
 * }
 * }</pre>
 */
public enum DatePrecision {
    /** Year, month and day. */
    DAY,
    /** Year and month only ("in March 2024", "2024年3月"). */
    MONTH
}
