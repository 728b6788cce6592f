using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;
using Winset.Model;

namespace Winset.Core.Tests;

/// <summary>
/// The rules the code base keeps: the layers of DESIGN.md point inward, and the model's types are immutable.
/// </summary>
public sealed class ConventionsTests
{
    private static readonly Assembly Core = typeof(Scenario).Assembly;

    [Theory]
    [InlineData("Winset.Model", new[] { "Winset.Analysis", "Winset.Negotiation", "Winset.Simulation" })]
    [InlineData("Winset.Analysis", new[] { "Winset.Negotiation", "Winset.Simulation" })]
    [InlineData("Winset.Negotiation", new[] { "Winset.Simulation" })]
    public void Layers_DependOnlyInward(string layer, string[] outer)
    {
        var result = Types.InAssembly(Core).That().ResideInNamespaceStartingWith(layer)
            .ShouldNot().HaveDependencyOnAny(outer).GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty($"{layer} must not depend on {string.Join(", ", outer)}");
    }

    [Fact]
    public void Layers_TheCheckSeesRealDependencies()
    {
        // A control: the same check must see that the analysis layer does use the model, or the rules above prove nothing.
        Types.InAssembly(Core).That().HaveName("ScenarioAnalyzer").Should().HaveDependencyOn("Winset.Model").GetResult().IsSuccessful.ShouldBeTrue();
        Types.InAssembly(Core).That().HaveName("MonteCarlo").ShouldNot().HaveDependencyOn("Winset.Negotiation").GetResult().IsSuccessful.ShouldBeFalse();
    }

    [Fact]
    public void Core_DoesNoConsoleOrFileOutput()
    {
        // The inner layers are pure: input and output belong to Formats, Store and the apps.
        var result = Types.InAssembly(Core).ShouldNot().HaveDependencyOnAny("System.Console", "System.IO.File", "System.IO.Directory").GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void ModelTypes_HaveNoPublicSetters()
    {
        // Records may have init accessors (set once, at construction); nothing can be changed afterwards.
        var mutable = Core.GetExportedTypes()
            .Where(t => t.Namespace == "Winset.Model")
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } set
                    && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        mutable.ShouldBeEmpty();
    }
}
