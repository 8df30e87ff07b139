package actorscope;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs a real Neo4j 5 Community DBMS with only the Bolt connector, bound to loopback.
 * Used where no Docker engine exists; the TypeScript side (neo4j/local-server.ts) owns the lifecycle.
 * Args: homeDir boltPort pageCacheMiB
 */
public final class Launcher {
  public static void main(String[] args) throws InterruptedException {
    if (args.length < 3) {
      System.err.println("usage: Launcher <homeDir> <boltPort> <pageCacheMiB>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        // Loopback-only development server: authentication off, so any credentials are accepted.
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));
    System.out.println("ACTORSCOPE_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }
}
