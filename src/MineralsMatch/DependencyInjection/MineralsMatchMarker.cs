using Microsoft.Extensions.DependencyInjection;

namespace MineralsMatch.DependencyInjection;

/// <summary>
/// Registered by the first <c>AddMineralsMatch</c> call, so later calls add only what their builders add; it remembers which
/// registrations MineralsMatch made, so a later builder may replace those but never one the user made.
/// </summary>
internal sealed class MineralsMatchMarker
{
    private readonly HashSet<ServiceDescriptor> _owned = new(ReferenceEqualityComparer.Instance);

    /// <summary>The marker in <paramref name="services"/>, or <see langword="null"/> when MineralsMatch is not registered yet.</summary>
    public static MineralsMatchMarker? Find(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(MineralsMatchMarker))?.ImplementationInstance as MineralsMatchMarker;

    /// <summary>
    /// Registers <paramref name="descriptor"/> when its service has no registration yet, or in place of the one MineralsMatch made
    /// when <paramref name="replaceOwn"/> is set; a registration the user made is kept.
    /// </summary>
    public void Use(IServiceCollection services, ServiceDescriptor descriptor, bool replaceOwn)
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == descriptor.ServiceType)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            services.Add(descriptor);
            _owned.Add(descriptor);
        }
        else if (replaceOwn && _owned.Remove(services[index]))
        {
            services[index] = descriptor;
            _owned.Add(descriptor);
        }
    }
}
