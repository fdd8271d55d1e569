package cn.shenyang.grassroots.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A service that closes a keep-alive connection the moment the second request arrives on it, as
 * a service does when it closes an idle connection just as the gateway reuses it. The first
 * request on every connection is answered; every request line received is recorded. It has no
 * OpenAPI document (404).
 */
public class ClosingService implements QuarkusTestResourceLifecycleManager {
    public static final String PREFIX = "/api/v1/closing-things";
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    /** "METHOD path" of every request that reached the service, in order. */
    public static List<String> received() {
        return RECEIVED;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket connection = server.accept();
                    Thread t = new Thread(() -> serve(connection));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "closing-service");
        acceptor.setDaemon(true);
        acceptor.start();
        return Map.of("grassroots.routes.closing-service.url", "http://127.0.0.1:" + server.getLocalPort(),
                "grassroots.routes.closing-service.prefixes", PREFIX);
    }

    /** Answers the first request of a connection, then closes it when the next one comes. */
    static void serve(Socket connection) {
        try (connection) {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = connection.getOutputStream();
            for (int n = 0; ; n++) {
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                int length = 0;
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    if (h.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(h.substring(15).trim());
                    }
                }
                in.skip(length);
                RECEIVED.add(line.substring(0, line.lastIndexOf(' ')));
                if (n > 0) {
                    return;
                }
                // it publishes no OpenAPI document, so the merged one always names it missing
                boolean document = line.startsWith("GET /q/");
                byte[] body = (document ? "{}" : "{\"ok\":true}").getBytes(StandardCharsets.UTF_8);
                out.write(((document ? "HTTP/1.1 404 Not Found" : "HTTP/1.1 200 OK") + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            }
        } catch (IOException ignored) {
            // the gateway went away
        }
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
