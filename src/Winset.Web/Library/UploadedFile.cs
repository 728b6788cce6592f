namespace Winset.Web.Library;

/// <summary>One uploaded file: the name the browser gave (not trusted) and its bytes.</summary>
internal sealed record UploadedFile(string Name, byte[] Content);
