namespace MineralsMatch.Matching.Explanations;

/// <summary>Kilograms of one mineral by supplier country, plus kilograms from countries not named: its concentration and largest country.</summary>
internal sealed class CountryMix
{
    private readonly SortedDictionary<string, decimal> _byCountry = new(StringComparer.Ordinal);
    private decimal _unnamed;

    public decimal Total => _byCountry.Values.Sum() + _unnamed;

    public void Add(string country, decimal kg) => _byCountry[country] = _byCountry.GetValueOrDefault(country) + kg;

    public void AddUnnamed(decimal kg) => _unnamed += kg;

    /// <summary>The Herfindahl–Hirschman index (shares in percent, squared and summed: 0 to 10,000), rounded to 0.01; <see langword="null"/> when empty.</summary>
    public decimal? Hhi()
    {
        var total = Total;
        return total <= 0m ? null : decimal.Round(_byCountry.Values.Sum(kg => (kg / total * 100m) * (kg / total * 100m)), 2);
    }

    /// <summary>The largest named country and its share (ties to the first in ordinal order), or <see langword="null"/> when none is named.</summary>
    public (string Country, decimal Share)? Top()
    {
        var total = Total;
        if (total <= 0m || _byCountry.Count == 0)
        {
            return null;
        }

        var top = _byCountry.Aggregate((best, next) => next.Value > best.Value ? next : best);
        return (top.Key, decimal.Round(top.Value / total, 6));
    }

    public CountryMix Copy()
    {
        var copy = new CountryMix { _unnamed = _unnamed };
        foreach (var (country, kg) in _byCountry)
        {
            copy._byCountry[country] = kg;
        }

        return copy;
    }
}
