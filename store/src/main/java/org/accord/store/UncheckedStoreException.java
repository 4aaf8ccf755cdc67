package org.accord.store;

/**
 * A {@link StoreException} where a checked exception cannot be thrown: from the iterator of
 * {@link AgreementStore#select}. {@link #getCause()} tells the file and the problem.
 *
 * <pre>{@code
 * try {
 *     store.select(AgreementQuery.all(), PartyCountries.unknown()).forEach(a -> System.out.println(a.id()));
 * } catch (UncheckedStoreException e) {
 *     throw e.getCause();   // the StoreException, with its file() and problem()
 * }
 * }</pre>
 */
public final class UncheckedStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wraps a store failure. */
    public UncheckedStoreException(StoreException cause) {
        super(cause.getMessage(), cause);
    }

    /** The store failure. */
    @Override
    public synchronized StoreException getCause() {
        return (StoreException) super.getCause();
    }
}
