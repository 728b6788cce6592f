using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace Winset.Cli.Infrastructure;

/// <summary>
/// Connects Spectre.Console.Cli to Microsoft's dependency container: commands receive the console and writers
/// through their constructors, so tests can run the real command tree against captured output.
/// </summary>
internal sealed class TypeRegistrar(IServiceCollection services) : ITypeRegistrar
{
    public void Register(Type service, Type implementation) => services.AddSingleton(service, implementation);

    public void RegisterInstance(Type service, object implementation) => services.AddSingleton(service, implementation);

    public void RegisterLazy(Type service, Func<object> factory) => services.AddSingleton(service, _ => factory());

    public ITypeResolver Build() => new TypeResolver(services.BuildServiceProvider());

    private sealed class TypeResolver(ServiceProvider provider) : ITypeResolver, IDisposable
    {
        public object? Resolve(Type? type) => type is null ? null : provider.GetService(type);

        public void Dispose() => provider.Dispose();
    }
}
