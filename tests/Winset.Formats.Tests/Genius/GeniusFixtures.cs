using Winset.Model;
using Winset.Testing;

namespace Winset.Formats.Tests.Genius;

/// <summary>The small hand-written files in <c>tests/fixtures/genius</c>, and helpers to name outcomes.</summary>
internal static class GeniusFixtures
{
    public static string Fixture(params string[] parts) =>
        System.IO.Path.Combine([RepositoryPaths.Fixtures, "genius", .. parts]);

    /// <summary>The value indices of the outcome with these values, issue by issue.</summary>
    public static int[] Outcome(OutcomeSpace space, params object[] values)
    {
        var result = new int[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            Value v = values[i] is string s ? Value.Of(s) : Value.Of(Convert.ToDouble(values[i], System.Globalization.CultureInfo.InvariantCulture));
            result[i] = space.Issues[i].IndexOf(v);
            result[i].ShouldBeGreaterThanOrEqualTo(0, $"value {values[i]} of issue {space.Issues[i].Name}");
        }

        return result;
    }

    /// <summary>A fresh empty folder under the system temp folder, deleted by <see cref="IDisposable.Dispose"/>.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "winset-genius-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
        }

        public string Directory { get; }

        public string File(string name) => System.IO.Path.Combine(Directory, name);

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
