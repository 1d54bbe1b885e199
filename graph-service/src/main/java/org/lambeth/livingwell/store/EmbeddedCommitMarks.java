package org.lambeth.livingwell.store;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The embedded database's commit marks: the id of its last committed transaction, when every committed transaction
 * has also been applied (closed), so a read begun after the look sees all of them. Two volatile reads, no round trip.
 */
final class EmbeddedCommitMarks implements CommitMarks {

    private final TransactionIdStore transactions;

    EmbeddedCommitMarks(DatabaseManagementService dbms) {
        var database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        this.transactions = database.getDependencyResolver().resolveDependency(TransactionIdStore.class);
    }

    @Override
    public long settled() {
        // committed first, then closed: a commit that lands between the two makes them differ (no mark), and one
        // that lands after both changes the committed id that the next look compares with
        long committed = transactions.getLastCommittedTransactionId();
        long closed = transactions.getHighestGapFreeClosedTransactionId();
        return committed == closed ? committed : NONE;
    }
}
