using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Winset.Web.Api;
using Winset.Web.Library;
using Winset.Web.Rehearsal;

namespace Winset.Web.Hosting;

/// <summary>
/// The Winset web app: builds the ASP.NET Core application that serves the pages (scenario library, analysis, run and
/// replay, rehearsal, tournaments) and the JSON API, documented with OpenAPI at <c>/openapi.json</c>.
/// </summary>
/// <remarks>
/// Hosted by <c>winset serve</c>; tests start it on a free loopback port (<c>http://127.0.0.1:0</c>) and read
/// <see cref="Address"/>. Every error is a ProblemDetails JSON body without a stack trace (see
/// <see cref="ProblemExceptionHandler"/>).
/// </remarks>
public static class WinsetWeb
{
    /// <summary>Where the OpenAPI document is served.</summary>
    public const string OpenApiPath = "/openapi.json";

    /// <summary>Builds the application (not started).</summary>
    /// <exception cref="ArgumentException">An option is not valid.</exception>
    public static WebApplication Build(WinsetWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(WinsetWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Room for the multipart framing around the files; the files themselves are checked against MaxUploadBytes.
            k.Limits.MaxRequestBodySize = options.MaxUploadBytes + (64 * 1024);
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(options.Verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        // A failure to start (a port in use) is reported by the caller in one line, not as a logged stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new DataFolder(options.DataFolder));
        builder.Services.AddSingleton<ScenarioLibrary>();
        builder.Services.AddSingleton<RehearsalStore>();
        builder.Services.AddSingleton<TournamentService>();
        builder.Services.AddSingleton<StaticAssets>();
        builder.Services.Configure<FormOptions>(f =>
        {
            f.MultipartBodyLengthLimit = options.MaxUploadBytes;
            f.ValueCountLimit = options.MaxUploadFiles + 16;
        });
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
            j.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.Configure<RouteHandlerOptions>(r => r.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Winset";
            document.Info.Version = "1";
            document.Info.Description =
                "The JSON API of the Winset web app (winset serve): the scenario library and uploads, analysis (utility plane, " +
                "Pareto frontier, bargaining solutions, win-sets, deal window), runs with their traces and per-move perspective, " +
                "rehearsals (a person against an agent) and tournament standings from the run store. Errors are ProblemDetails " +
                "(application/problem+json) with a message and never a stack trace.";
            return Task.CompletedTask;
        }));

        WebApplication app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<DataFolder>().Dispose());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Everything the pages load comes from this server: the policy makes a stray external script or style fail.
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });

        app.MapOpenApi(OpenApiPath);
        ApiEndpoints.Map(app);
        StaticAssets assets = app.Services.GetRequiredService<StaticAssets>();
        app.MapGet("/", (HttpContext c) => assets.Serve(c, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{name}", (HttpContext c, string name) => assets.Serve(c, name)).ExcludeFromDescription();

        // Warm the analysis of the shipped scenarios in the background: the first page view is then a cache hit.
        app.Lifetime.ApplicationStarted.Register(() => Task.Run(() =>
        {
            foreach (LibraryEntry e in app.Services.GetRequiredService<ScenarioLibrary>().All())
            {
                _ = e.Workspace.AnalysisPayload;
            }
        }));
        return app;
    }

    /// <summary>The first address the started application listens on, e.g. <c>http://127.0.0.1:5170</c>.</summary>
    public static string Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Urls.First();
    }
}
