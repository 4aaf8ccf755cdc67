package org.accord.core.model;

/** How much of a signing date an article states. */
public enum DatePrecision {
    /** Year, month and day. */
    DAY,
    /** Year and month only ("in March 2024", "2024年3月"). */
    MONTH
}
