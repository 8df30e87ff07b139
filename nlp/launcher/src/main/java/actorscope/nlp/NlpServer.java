package actorscope.nlp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationOutputter;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.JsonValue;
import javax.json.stream.JsonParsingException;

/**
 * Stanford CoreNLP behind a small HTTP server bound to loopback (the stock StanfordCoreNLPServer binds
 * every interface). It speaks the stock server's annotation protocol, so clients work against either:
 *
 * <pre>
 *   POST /?properties={"annotators":"tokenize,ssplit,pos","outputFormat":"json","date":"2024-05-01"}
 *   body: the document text (charset from Content-Type, UTF-8 by default; URL-decoded only when the
 *         Content-Type is application/x-www-form-urlencoded or missing, as the stock server does)
 *   GET /live  → 200 once the HTTP server runs;  GET /ready → 200 once the preloaded pipeline is loaded
 * </pre>
 *
 * Output comes from CoreNLP's own outputters (JSONOutputter for json), so it is byte-for-byte what the
 * stock server answers. Pipelines are cached per distinct pipeline property set; loaded models are
 * shared between them by CoreNLP's global annotator cache. Errors are JSON: {"error": "…"}.
 *
 * <p>Args: [-port 9010] [-threads 2] [-timeout 60000] [-host 127.0.0.1]
 * [-preload tokenize,ssplit,pos,lemma,ner,depparse] (an empty -preload makes /ready answer at once).
 */
public final class NlpServer {
  static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";
  /** The stock server's limit too. */
  static final int MAX_CHARS = 100_000;
  static final int PIPELINE_CACHE_SIZE = 8;
  /** Read by the server for one request, never by an annotator: not part of a pipeline's identity. */
  static final Set<String> REQUEST_ONLY = Set.of(
      "date", "timeout", "outputFormat", "inputFormat", "prettyPrint", "outputSerializer", "inputSerializer");
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
  static final String WARM_UP_TEXT =
      "The foreign minister of France met her German counterpart in Berlin on Monday, three weeks after the summit.";

  private final int timeoutMs;
  private final String preload;
  private final ExecutorService annotators;
  private final AtomicBoolean ready = new AtomicBoolean(false);
  private final long startedAt = System.currentTimeMillis();
  private final Map<String, CompletableFuture<StanfordCoreNLP>> pipelines =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<StanfordCoreNLP>> eldest) {
          return size() > PIPELINE_CACHE_SIZE;
        }
      };

  NlpServer(int threads, int timeoutMs, String preload) {
    this.timeoutMs = timeoutMs;
    this.preload = preload;
    this.annotators = Executors.newFixedThreadPool(threads, named("annotate", true));
  }

  /** A request the client got wrong: answered 400 (or the given status) with the message. */
  static final class BadRequest extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;

    BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }

    BadRequest(String message) {
      this(400, message);
    }
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = parseArgs(args);
    int port = intArg(opts, "port", 9010);
    int threads = intArg(opts, "threads", 2);
    int timeoutMs = intArg(opts, "timeout", 60_000);
    String host = opts.getOrDefault("host", "127.0.0.1");
    String preload = opts.getOrDefault("preload", DEFAULT_ANNOTATORS);

    NlpServer nlp = new NlpServer(threads, timeoutMs, preload);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), port), 64);
    server.setExecutor(Executors.newCachedThreadPool(named("http", true)));
    server.createContext("/live", ex -> nlp.health(ex, true, "live\n"));
    server.createContext("/ready", ex -> nlp.health(ex, nlp.ready.get(), nlp.ready.get() ? "ready\n" : nlp.notReady()));
    server.createContext("/", nlp::annotate);
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop(1);
      nlp.annotators.shutdownNow();
    }, "nlp-shutdown"));
    System.out.println("ACTORSCOPE_NLP_LIVE http://" + host + ":" + port
        + " (threads " + threads + ", timeout " + timeoutMs + " ms, preload " + (preload.isEmpty() ? "none" : preload) + ")");
    System.out.flush();

    if (!preload.isEmpty()) {
      long t0 = System.currentTimeMillis();
      try {
        Properties props = nlp.defaults();
        props.setProperty("annotators", preload);
        props.setProperty("annotators", prerequisites(props));
        Annotation warmUp = new Annotation(WARM_UP_TEXT);
        warmUp.set(CoreAnnotations.DocDateAnnotation.class, "2024-05-01");
        nlp.pipeline(props).annotate(warmUp);
      } catch (Throwable e) {
        System.err.println("ACTORSCOPE_NLP_PRELOAD_FAILED " + e);
        e.printStackTrace();
        System.exit(1);
      }
      System.out.println("ACTORSCOPE_NLP_PRELOADED " + preload + " in " + (System.currentTimeMillis() - t0) + " ms");
    }
    nlp.ready.set(true);
    System.out.println("ACTORSCOPE_NLP_READY http://" + host + ":" + port);
    System.out.flush();
  }

  // ---- HTTP handlers -------------------------------------------------------------------------

  private void health(HttpExchange ex, boolean ok, String body) throws IOException {
    try (ex) {
      send(ex, ok ? 200 : 503, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private String notReady() {
    return "server is not ready yet (loading " + preload + "). uptime=" + (System.currentTimeMillis() - startedAt) / 1000 + "s\n";
  }

  private void annotate(HttpExchange ex) throws IOException {
    try (ex) {
      if (!"/".equals(ex.getRequestURI().getPath())) {
        sendError(ex, 404, "no such endpoint: " + ex.getRequestURI().getPath() + " (POST / to annotate; GET /live, /ready)");
        return;
      }
      String method = ex.getRequestMethod();
      if ("GET".equals(method) || "HEAD".equals(method)) {
        send(ex, 200, "text/plain; charset=utf-8", usage().getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (!"POST".equals(method)) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
        sendError(ex, 405, "method " + method + " not allowed: POST the text to /?properties={…}");
        return;
      }
      try {
        Properties props = requestProperties(ex.getRequestURI().getRawQuery());
        StanfordCoreNLP.OutputFormat format = outputFormat(props);
        int timeout = timeoutOf(props);
        Annotation document = readDocument(props, ex);
        StanfordCoreNLP pipeline = pipeline(props);
        Annotation annotated = runWithTimeout(pipeline, document, timeout);
        AnnotationOutputter.Options options = AnnotationOutputter.getOptions(props);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StanfordCoreNLP.createOutputter(props, options).accept(annotated, out);
        send(ex, 200, contentType(format, props, options), out.toByteArray());
      } catch (BadRequest e) {
        sendError(ex, e.status, e.getMessage());
      } catch (TimeoutException e) {
        sendError(ex, 504, e.getMessage());
      } catch (Throwable e) {
        System.err.println("NlpServer: annotation failed: " + e);
        e.printStackTrace();
        sendError(ex, 500, "annotation failed: " + e);
      }
    }
  }

  // ---- request → properties, document, pipeline ----------------------------------------------

  /** The stock server's defaults that matter for output, plus our default annotator set. */
  Properties defaults() {
    Properties props = new Properties();
    props.setProperty("annotators", preload.isEmpty() ? DEFAULT_ANNOTATORS : preload);
    props.setProperty("inputFormat", "text");
    props.setProperty("outputFormat", "json");
    props.setProperty("prettyPrint", "false");
    return props;
  }

  /** Defaults, then URL parameters, then the `properties` (or `props`) JSON object, as the stock server. */
  Properties requestProperties(String rawQuery) throws BadRequest {
    Map<String, String> params = queryParams(rawQuery);
    Properties props = "true".equalsIgnoreCase(params.get("resetDefault")) ? new Properties() : defaults();
    params.forEach((key, value) -> {
      if (!Set.of("properties", "props", "resetDefault").contains(key)) props.setProperty(key, value);
    });
    String json = params.containsKey("properties") ? params.get("properties") : params.get("props");
    if (json != null && !json.isBlank()) {
      JsonObject object;
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        object = reader.readObject();
      } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
        throw new BadRequest("the properties parameter must be a JSON object of property names to values, "
            + "e.g. {\"annotators\":\"tokenize,ssplit\"}; got " + abbreviate(json) + " (" + e.getMessage() + ")");
      } catch (javax.json.JsonException e) {
        throw new BadRequest("the properties parameter is not valid JSON: " + e.getMessage());
      }
      for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
        JsonValue value = entry.getValue();
        switch (value.getValueType()) {
          case STRING -> props.setProperty(entry.getKey(), ((JsonString) value).getString());
          case NUMBER, TRUE, FALSE -> props.setProperty(entry.getKey(), value.toString());
          default -> throw new BadRequest("property " + entry.getKey() + " must be a string, number or boolean, not "
              + value.getValueType().toString().toLowerCase(Locale.ROOT));
        }
      }
    }
    String annotators = props.getProperty("annotators", "").trim();
    if (annotators.isEmpty()) throw new BadRequest("no annotators: set the annotators property, e.g. \"tokenize,ssplit\"");
    // As the stock server: complete the annotator list with prerequisites unless told not to.
    if (!"false".equalsIgnoreCase(props.getProperty("enforceRequirements", "true"))
        && props.stringPropertyNames().stream().noneMatch(k -> k.startsWith("customAnnotatorClass."))) {
      try {
        props.setProperty("annotators", prerequisites(props));
      } catch (RuntimeException e) {
        throw new BadRequest("annotators " + abbreviate(annotators) + ": " + e.getMessage());
      }
    }
    String date = props.getProperty("date");
    if (date != null && !DATE.matcher(date).matches()) {
      throw new BadRequest("date must be the document date as YYYY-MM-DD (optionally followed by THH:MM:SS); got " + abbreviate(date));
    }
    String inputFormat = props.getProperty("inputFormat", "text");
    if (!"text".equals(inputFormat)) {
      throw new BadRequest("inputFormat " + abbreviate(inputFormat) + " is not supported by this server: send plain text (inputFormat text)");
    }
    return props;
  }

  static String prerequisites(Properties props) {
    return StanfordCoreNLP.ensurePrerequisiteAnnotators(props.getProperty("annotators").trim().split("[, \t]+"), props);
  }

  static StanfordCoreNLP.OutputFormat outputFormat(Properties props) throws BadRequest {
    String name = props.getProperty("outputFormat", "json");
    try {
      return StanfordCoreNLP.OutputFormat.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest("unknown outputFormat " + abbreviate(name) + ": use json, conllu, conll, text, xml or serialized");
    }
  }

  int timeoutOf(Properties props) throws BadRequest {
    String raw = props.getProperty("timeout");
    if (raw == null) return timeoutMs;
    try {
      int value = Integer.parseInt(raw.trim());
      if (value > 0) return value;
    } catch (NumberFormatException ignored) {
      // fall through to the message
    }
    throw new BadRequest("timeout must be a positive number of milliseconds; got " + abbreviate(raw));
  }

  static Annotation readDocument(Properties props, HttpExchange ex) throws IOException, BadRequest {
    String contentType = ex.getRequestHeaders().getFirst("Content-Type");
    String mediaType = "application/x-www-form-urlencoded";
    Charset charset = StandardCharsets.UTF_8;
    if (contentType != null) {
      String[] parts = contentType.split(";");
      mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
      for (int i = 1; i < parts.length; i++) {
        String[] pair = parts[i].trim().split("=", 2);
        if (pair.length == 2 && "charset".equalsIgnoreCase(pair[0].trim())) {
          String name = pair[1].trim().replace("\"", "");
          try {
            charset = Charset.forName(name);
          } catch (IllegalArgumentException e) {
            throw new BadRequest("unsupported charset " + abbreviate(name) + " in Content-Type");
          }
        }
      }
    }
    byte[] bytes;
    try (InputStream in = ex.getRequestBody()) {
      bytes = in.readNBytes(MAX_CHARS * 4 + 1);
    }
    if (bytes.length > MAX_CHARS * 4) throw tooLong(bytes.length + "+ bytes");
    String text = new String(bytes, charset);
    if ("application/x-www-form-urlencoded".equals(mediaType)) {
      // As the stock server: a form-encoded (or untyped) body is URL-decoded when it decodes.
      try {
        text = URLDecoder.decode(text, charset);
      } catch (IllegalArgumentException ignored) {
        // not actually encoded: keep it as sent
      }
    }
    if (text.length() > MAX_CHARS) throw tooLong(text.length() + " characters");
    Annotation document = new Annotation(text);
    String date = props.getProperty("date");
    if (date != null) document.set(CoreAnnotations.DocDateAnnotation.class, date);
    return document;
  }

  static BadRequest tooLong(String size) {
    return new BadRequest(413, "request too long: " + size + "; the limit is " + MAX_CHARS + " characters per request");
  }

  /** The pipeline for these properties, built once per distinct pipeline property set. */
  StanfordCoreNLP pipeline(Properties props) throws BadRequest {
    Properties pipelineProps = new Properties();
    TreeMap<String, String> identity = new TreeMap<>();
    for (String key : props.stringPropertyNames()) {
      if (REQUEST_ONLY.contains(key) || key.startsWith("output.")) continue;
      pipelineProps.setProperty(key, props.getProperty(key));
      identity.put(key, props.getProperty(key));
    }
    String key = identity.toString();
    CompletableFuture<StanfordCoreNLP> future;
    boolean build = false;
    synchronized (pipelines) {
      future = pipelines.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        pipelines.put(key, future);
        build = true;
      }
    }
    if (build) {
      try {
        future.complete(new StanfordCoreNLP(pipelineProps));
      } catch (Throwable e) {
        future.completeExceptionally(e);
        synchronized (pipelines) {
          pipelines.remove(key);
        }
      }
    }
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the pipeline was built", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) throw error;
      throw new BadRequest("could not build a pipeline from these properties: " + cause);
    }
  }

  /**
   * Annotates on the bounded annotation pool. The timeout counts the annotation itself, not the wait
   * for a free annotation thread; on timeout the annotation is interrupted and the client gets 504.
   */
  Annotation runWithTimeout(StanfordCoreNLP pipeline, Annotation document, int timeout) throws Exception {
    CompletableFuture<Long> started = new CompletableFuture<>();
    Future<Annotation> result = annotators.submit(() -> {
      started.complete(System.nanoTime());
      pipeline.annotate(document);
      return document;
    });
    try {
      long startNanos = started.get();
      long remaining = timeout - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      return result.get(Math.max(remaining, 0), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new TimeoutException("annotation timed out after " + timeout + " ms (the request's timeout property; the server's "
          + "default is -timeout " + timeoutMs + " ms). Split the document or raise the timeout.");
    } catch (InterruptedException e) {
      result.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) throw cause;
      throw e;
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  static String contentType(StanfordCoreNLP.OutputFormat format, Properties props, AnnotationOutputter.Options options) {
    return switch (format) {
      case JSON -> "application/json;charset=" + options.encoding;
      case XML, INLINEXML -> "text/xml;charset=" + options.encoding;
      case SERIALIZED -> props.getProperty("outputSerializer", "").endsWith("ProtobufAnnotationSerializer")
          ? "application/x-protobuf" : "application/octet-stream";
      default -> "text/plain;charset=" + options.encoding;
    };
  }

  static Map<String, String> queryParams(String rawQuery) throws BadRequest {
    Map<String, String> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) return params;
    for (String field : rawQuery.split("&")) {
      if (field.isEmpty()) continue;
      int eq = field.indexOf('=');
      String rawKey = eq < 0 ? field : field.substring(0, eq);
      String rawValue = eq < 0 ? "" : field.substring(eq + 1);
      try {
        params.put(URLDecoder.decode(rawKey, StandardCharsets.UTF_8), URLDecoder.decode(rawValue, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("malformed URL parameter " + abbreviate(rawKey) + ": " + e.getMessage()
            + " (URL-encode the properties JSON, e.g. with encodeURIComponent)");
      }
    }
    return params;
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static void sendError(HttpExchange ex, int status, String message) throws IOException {
    String body = Json.createObjectBuilder().add("error", message).add("status", status).build().toString();
    send(ex, status, "application/json;charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  static String abbreviate(String value) {
    String quoted = '"' + value + '"';
    return quoted.length() > 120 ? quoted.substring(0, 117) + "…\"" : quoted;
  }

  String usage() {
    return "Actorscope NLP server (Stanford CoreNLP 4.5.10, GPL v3+).\n"
        + "POST the text to /?properties={\"annotators\":\"" + DEFAULT_ANNOTATORS + "\",\"outputFormat\":\"json\",\"date\":\"YYYY-MM-DD\"}\n"
        + "GET /live, GET /ready for health checks. Default timeout " + timeoutMs + " ms per request.\n";
  }

  static ThreadFactory named(String prefix, boolean daemon) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(daemon);
      return thread;
    };
  }

  static Map<String, String> parseArgs(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    Set<String> known = Set.of("port", "threads", "timeout", "host", "preload");
    for (int i = 0; i < args.length; i++) {
      String name = args[i].replaceFirst("^--?", "");
      if (!known.contains(name) || i + 1 >= args.length) usageExit("unknown or incomplete argument " + args[i]);
      opts.put(name, args[++i]);
    }
    return opts;
  }

  static int intArg(Map<String, String> opts, String name, int fallback) {
    String raw = opts.get(name);
    if (raw == null) return fallback;
    try {
      int value = Integer.parseInt(raw);
      if (value > 0) return value;
    } catch (NumberFormatException ignored) {
      // fall through
    }
    usageExit("-" + name + " must be a positive integer, got " + raw);
    return fallback;
  }

  static void usageExit(String problem) {
    System.err.println("NlpServer: " + problem);
    System.err.println("usage: NlpServer [-port 9010] [-threads 2] [-timeout 60000] [-host 127.0.0.1] [-preload " + DEFAULT_ANNOTATORS + "]");
    System.exit(2);
  }
}
