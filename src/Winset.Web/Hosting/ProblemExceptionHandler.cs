using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Winset.Diagnostics;
using Winset.Web.Library;

namespace Winset.Web.Hosting;

/// <summary>
/// Turns every failure into a ProblemDetails JSON body (RFC 9457) with no stack trace: bad input (a parser's message
/// with file, line and column; a bad request body) is 400, an upload over the limits 413, an unknown id 404, and
/// anything else 500 with a generic message (the details go to the server log).
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        (int status, string title, string detail) = exception switch
        {
            InputException e => (400, "Bad input", e.Message),
            NotFoundException e => (404, "Not Found", e.Message),
            UploadTooLargeException e => (413, "Upload too large", e.Message),
            BadHttpRequestException { StatusCode: 413 } => (413, "Request too large", "the request body is larger than the server accepts."),
            BadHttpRequestException e when e.InnerException is JsonException j => (400, "Bad request body", "the JSON body is malformed or has a field of the wrong type: " + j.Message),
            BadHttpRequestException e => (e.StatusCode, "Bad request", e.Message),
            _ => (500, "Internal error", "an internal error occurred (a bug in Winset); the server log has the details."),
        };
        if (status == 500)
        {
            log.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        }

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
