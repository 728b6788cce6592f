namespace Winset.Web.Library;

/// <summary>A request named something that does not exist (a scenario id, a rehearsal, a tournament): HTTP 404.</summary>
internal sealed class NotFoundException(string message) : Exception(message);
