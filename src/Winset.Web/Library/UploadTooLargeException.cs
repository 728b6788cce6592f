namespace Winset.Web.Library;

/// <summary>An upload over the size limits: HTTP 413, with a message that states the limit.</summary>
internal sealed class UploadTooLargeException(string message) : Exception(message);
