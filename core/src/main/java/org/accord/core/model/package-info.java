/**
 * Immutable records of the domain: {@link org.accord.core.model.Article}, {@link org.accord.core.model.Mention}
 * (what one article says about one signing, every value with its {@link org.accord.core.model.Evidence}) and
 * {@link org.accord.core.model.Agreement} (one signing with all the mentions behind it).
 *
 * <p>The records serialise with Jackson as they are, without annotations, mixins or custom serialisers. Each record
 * is a JSON object whose fields are its components, in order ({@code signedOn}, {@code mixedLanguage}); an absent
 * value is {@code null}; enums are written by name ({@code "CHINESE"}, {@code "DAY"}). Methods that derive a value,
 * such as {@link org.accord.core.model.Agreement#sources()}, {@link org.accord.core.model.Mention#partyValues()} and
 * {@link org.accord.core.model.Organisation#allNames()}, are not written. Dates need {@code jackson-datatype-jsr310}
 * (found by {@code findAndAddModules()}); with {@code WRITE_DATES_AS_TIMESTAMPS} turned off, as below, they are ISO
 * strings ({@code "2021-12-15"}) rather than arrays ({@code [2021,12,15]}). Either form reads back to an equal
 * record. When reading, every list must be present (empty when there is nothing), and a
 * {@link org.accord.core.model.Fact} read on its own needs its full type
 * ({@code new TypeReference<Fact<Organisation>>() {}}); inside a record the component's type tells it.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().findAndAddModules()
 *         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
 * String json = mapper.writeValueAsString(agreement);
 * Agreement same = mapper.readValue(json, Agreement.class);   // equal to agreement
 * }</pre>
 */
@NullMarked
package org.accord.core.model;

import org.jspecify.annotations.NullMarked;
