using Winset.Cli.Commands;

namespace Winset.Web.Tests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public void Settings_Default_IsLoopbackOnPort5170()
    {
        var settings = new ServeCommand.Settings();

        settings.Validate().Successful.ShouldBeTrue();
        settings.ToOptions().Urls.ShouldBe("http://127.0.0.1:5170");
        settings.ToOptions().MaxUploadBytes.ShouldBe(16L * 1024 * 1024);
    }

    [Fact]
    public void Settings_Port_StaysOnLoopback()
    {
        new ServeCommand.Settings { Port = 8080 }.ToOptions().Urls.ShouldBe("http://127.0.0.1:8080");
    }

    [Fact]
    public void Settings_Urls_AreUsedAsGiven()
    {
        var settings = new ServeCommand.Settings { Urls = "http://0.0.0.0:9000" };

        settings.Validate().Successful.ShouldBeTrue();
        settings.ToOptions().Urls.ShouldBe("http://0.0.0.0:9000");
    }

    [Theory]
    [InlineData(-1, null, 16, "--port")]
    [InlineData(70000, null, 16, "--port")]
    [InlineData(8080, "http://127.0.0.1:9000", 16, "not both")]
    [InlineData(null, "ftp://x", 16, "--urls")]
    [InlineData(null, null, 0, "--max-upload-mb")]
    public void Settings_Invalid_SayWhy(int? port, string? urls, int megabytes, string fragment)
    {
        var result = new ServeCommand.Settings { Port = port, Urls = urls, MaxUploadMegabytes = megabytes }.Validate();

        result.Successful.ShouldBeFalse();
        result.Message!.ShouldContain(fragment);
    }
}
