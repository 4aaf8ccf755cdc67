package org.accord.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The row types of the job's stages and of its Parquet output. */
final class Schemas {
    /** The files to read: their order, address and name. */
    static final StructType FILES = struct(
            field("file_index", IntegerType, false), field("uri", StringType, false), field("source", StringType, false));

    /** The records of the files: an article as JSON, or a record skipped or failed and the reason. */
    static final StructType RECORDS = struct(
            field("file_index", IntegerType, false), field("ordinal", IntegerType, false),
            field("kind", StringType, false), field("source", StringType, false), field("payload", StringType, true));

    /** Each record once extracted: an article's header and mentions as JSON, or the reason it is not one. */
    static final StructType EXTRACTED = struct(
            field("seq", LongType, false), field("kind", StringType, false), field("source", StringType, false),
            field("header", StringType, true), field("mentions", createArrayType(StringType, false), false),
            field("reason", StringType, true));

    /** One row per mention: its id, its article, its place there, its article's name and the mention as JSON. */
    static final StructType MENTIONS = struct(
            field("mid", LongType, false), field("seq", LongType, false), field("idx", IntegerType, false),
            field("source", StringType, false), field("mention", StringType, false));

    /** The blocking keys: key, month, whether the mention probes with it (else is indexed under it), mention id. */
    static final StructType KEYS = struct(
            field("key", StringType, false), field("month", StringType, false), field("probe", BooleanType, false),
            field("mid", LongType, false));

    /** Two mentions that report one signing. */
    static final StructType EDGES = struct(field("a", LongType, false), field("b", LongType, false));

    /** The agreements merged within a component, before identifiers that repeat are numbered. */
    static final StructType COMPONENT_AGREEMENTS = struct(
            field("base_id", StringType, false), field("date_key", LongType, false),
            field("first_source", StringType, false), field("first_mid", LongType, false),
            field("agreement", StringType, false), field("mids", createArrayType(LongType, false), false));

    /** The Parquet table of mentions: one row per signing an article reports, every value with its evidence. */
    static final StructType MENTION_TABLE = struct(
            field("source", StringType, false),
            field("url", StringType, true),
            field("title", StringType, false),
            field("published", DateType, true),
            field("language", StringType, false),
            field("mention_index", IntegerType, false),
            field("agreement_id", StringType, false),
            field("kind", StringType, true),
            field("parties", createArrayType(StringType, false), false),
            field("party_aliases", createMapType(StringType, createArrayType(StringType, false), false), false),
            field("signed_on", StringType, true),
            field("location", StringType, true),
            field("attendees", createArrayType(struct(
                    field("name", StringType, false), field("title", StringType, true),
                    field("organization", StringType, true), field("signed", BooleanType, false)), false), false),
            field("fields", createArrayType(StringType, false), false),
            field("principles", createArrayType(StringType, false), false),
            field("commitments", createArrayType(StringType, false), false),
            field("evidence", createArrayType(struct(
                    field("field", StringType, false), field("value", StringType, false),
                    field("sentence", StringType, false), field("start", IntegerType, false),
                    field("end", IntegerType, false)), false), false));

    private Schemas() {
    }

    private static StructType struct(StructField... fields) {
        return createStructType(List.of(fields));
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return createStructField(name, type, nullable);
    }
}
