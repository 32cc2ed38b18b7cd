package org.mlgate.analysis.partial;

import java.util.ArrayList;
import java.util.List;
import org.mlgate.analysis.RowConsumers;
import org.mlgate.analysis.baseline.RowsDigest;

/**
 * What a template or a partition state holds after its header: the account of its rows (with the notes of how the
 * table was read, in the template), the digest of the rows it counted and of those it covered but left to the template
 * (which the merge compares with the template's own: a Dataset that gave the template other first rows than the
 * partitions is found), and the consumers' parts, each in its section.
 */
record CountedRows(RowAccount account, List<String> tableNotes, RowsDigest digest, RowsDigest covered,
                   RowConsumers consumers) {

    /** The sections of a state of these rows. */
    StateOutput write(PartContext context) {
        StateOutput sections = new StateOutput();
        StateOutput account = new StateOutput();
        this.account.write(account);
        account.writeStrings(tableNotes);
        sections.writeSection("account", account);
        StateOutput digest = new StateOutput();
        digest.writeString(this.digest.value());
        digest.writeString(this.covered.value());
        sections.writeSection("digest", digest);
        PartCodecs.write(consumers, sections, context);
        return sections;
    }

    /** Reads the sections into {@code target}, which has counted nothing. */
    static CountedRows read(StateInput in, RowConsumers target, PartContext context) {
        StateHeader.Shared shared = context.shared();
        StateInput accountSection = in.section("account");
        RowAccount account = RowAccount.read(accountSection, shared, context.rowBound());
        List<String> notes = new ArrayList<>(accountSection.readStrings("notes", 16));
        accountSection.end();
        StateInput digestSection = in.section("digest");
        RowsDigest digest;
        RowsDigest covered;
        try {
            digest = RowsDigest.parse(shared.featureColumns(), digestSection.readText("rows digest"));
            covered = RowsDigest.parse(shared.featureColumns(), digestSection.readText("rows digest"));
        } catch (IllegalArgumentException e) {
            throw StateRejection.damaged("its rows digest is not one");
        }
        digestSection.end();
        PartCodecs.read(in, target, context);
        in.end();
        return new CountedRows(account, List.copyOf(notes), digest, covered, target);
    }
}
