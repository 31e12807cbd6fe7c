using k8s;
using k8s.Models;
using Kube.Operator.Client;
using Kube.Operator.Controller;
using Kube.Operator.Finalizer;
using Kube.Operator.Queue;
using Kube.Operator.Status;
using Microsoft.Extensions.DependencyInjection;

namespace Kube.Operator.Builder;

/// <summary>The <see cref="IOperatorBuilder"/> behind <c>AddKubernetesOperator</c>.</summary>
/// <param name="services">The service collection.</param>
internal sealed class OperatorBuilder(IServiceCollection services) : IOperatorBuilder
{
    public IServiceCollection Services { get; } = services;

    public IOperatorBuilder AddController<TImplementation, TEntity>()
        where TImplementation : class, IEntityController<TEntity>
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        if (Services.Any(d => d.ServiceType == typeof(EntityControllerRunner<TEntity>)))
            throw new InvalidOperationException($"A controller for {typeof(TEntity).Name} is already registered.");
        Services.AddScoped<IEntityController<TEntity>, TImplementation>();
        Services.AddSingleton<EntityControllerRunner<TEntity>>();
        Services.AddSingleton<IControllerRunner>(sp => sp.GetRequiredService<EntityControllerRunner<TEntity>>());
        Services.AddSingleton<EntityRequeue<TEntity>>(sp => sp.GetRequiredService<EntityControllerRunner<TEntity>>().Requeue);
        return this;
    }

    public IOperatorBuilder AddFinalizer<TImplementation, TEntity>(string identifier)
        where TImplementation : class, IEntityFinalizer<TEntity>
        where TEntity : IKubernetesObject<V1ObjectMeta>
    {
        ArgumentException.ThrowIfNullOrEmpty(identifier);
        Services.AddKeyedScoped<IEntityFinalizer<TEntity>, TImplementation>(identifier);
        Services.AddSingleton(new FinalizerRegistration<TEntity>(identifier, typeof(TImplementation)));
        Services.AddSingleton<EntityFinalizerAttacher<TImplementation, TEntity>>(sp =>
        {
            var client = sp.GetRequiredService<IKubernetesClient>();
            return (entity, ct) => client.AddFinalizerAsync(entity, identifier, ct);
        });
        return this;
    }
}
