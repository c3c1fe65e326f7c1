using CsCheck;

namespace SiteGen.Tests.Support;

/// <summary>
/// Runs a CsCheck property so that CI is deterministic and local runs still explore. In CI
/// (CI=true, which GitHub Actions and GitLab set) every iteration has a fixed seed, so a change
/// can only fail the build through what it changed; locally the seeds are random, and a failure
/// prints the seed to repeat it with. Seeds that once found a bug are always run first, as
/// regression cases. SITEGEN_PROPERTY_SEEDS=fixed|random overrides the choice; CsCheck_Seed=…
/// repeats one seed (CsCheck reads it).
/// </summary>
public static class Property
{
    public static bool FixedSeeds =>
        Environment.GetEnvironmentVariable("SITEGEN_PROPERTY_SEEDS") switch
        {
            "fixed" => true,
            "random" => false,
            _ => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                 && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CsCheck_Seed")),
        };

    /// <param name="regressions">Seeds that once failed this property (from "Set seed: …" in a failure).</param>
    public static void Check<T>(Gen<T> gen, Action<T> assert, long iterations, params string[] regressions) =>
        Run(gen, assert, iterations, FixedSeeds, regressions);

    public static void Run<T>(Gen<T> gen, Action<T> assert, long iterations, bool fixedSeeds, params string[] regressions)
    {
        foreach (var seed in regressions)
            gen.Sample(assert, seed: seed, iter: 1, threads: 1);
        if (!fixedSeeds)
        {
            gen.Sample(assert, iter: iterations, threads: 1);
            return;
        }
        for (var i = 0; i < iterations; i++)
            gen.Sample(assert, seed: Seed(i), iter: 1, threads: 1);
    }

    /// <summary>The i-th fixed seed, in CsCheck's own seed format (so a failure's "Set seed" message names it).</summary>
    public static string Seed(int i) => new PCG(1, 0x5EED_0000UL + (ulong)i).ToString();
}
