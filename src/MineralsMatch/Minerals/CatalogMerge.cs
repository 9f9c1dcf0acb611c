using MineralsMatch.Parties;
using MineralsMatch.Validation;

namespace MineralsMatch.Minerals;

/// <summary>Applies catalog contents one after another and collects every clash and dangling reference.</summary>
internal sealed class CatalogMerge
{
    public Dictionary<string, Mineral> Minerals { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CriticalityList> Lists { get; } = new(StringComparer.Ordinal);

    public List<ProductionRecord> Production { get; } = [];

    public Dictionary<string, Party> Parties { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Source> Sources { get; } = new(StringComparer.Ordinal);

    public List<InputError> Errors { get; } = [];

    private readonly Dictionary<string, string> _productOwners = new(StringComparer.Ordinal);
    private readonly List<(string Path, Citation Citation)> _citations = [];
    private readonly List<(string Path, string Mineral)> _mineralReferences = [];

    public void Add(CatalogContent content, int index)
    {
        var prefix = index == 0 ? "$" : $"$additions[{index - 1}]";
        for (var i = 0; i < content.Sources.Count; i++)
        {
            var source = content.Sources[i];
            if (!Sources.TryAdd(source.Key, source))
            {
                Duplicate($"{prefix}.sources[{i}].key", "source", source.Key);
            }
        }

        for (var i = 0; i < content.Minerals.Count; i++)
        {
            AddMineral(content.Minerals[i], $"{prefix}.minerals[{i}]");
        }

        for (var i = 0; i < content.Lists.Count; i++)
        {
            AddList(content.Lists[i], $"{prefix}.lists[{i}]");
        }

        for (var i = 0; i < content.Production.Count; i++)
        {
            AddProduction(content.Production[i], $"{prefix}.production[{i}]");
        }

        for (var i = 0; i < content.Parties.Count; i++)
        {
            var party = content.Parties[i];
            var path = $"{prefix}.parties[{i}]";
            if (!Parties.TryAdd(party.Id, party))
            {
                Duplicate(path + ".id", "party", party.Id);
            }

            Cite(path, party.Citations);
            for (var j = 0; j < party.Produces.Count; j++)
            {
                _mineralReferences.Add(($"{path}.produces[{j}]", party.Produces[j]));
            }

            for (var j = 0; j < party.Buys.Count; j++)
            {
                _mineralReferences.Add(($"{path}.buys[{j}]", party.Buys[j]));
            }
        }
    }

    public void AddProduct(string mineralId, Product product, string path)
    {
        if (!Minerals.TryGetValue(mineralId, out var mineral))
        {
            Errors.Add(new InputError { Path = path + ".mineral", Rule = "UnknownReference", Message = "is a product of an unknown mineral", AttemptedValue = mineralId });
            return;
        }

        AddProducts(new Mineral { Id = mineralId, Name = mineral.Name, Symbol = mineral.Symbol, Group = mineral.Group, Products = [product] }, path, mineral, out var merged);
        Minerals[mineralId] = merged;
    }

    public void AddMembership(string listId, string mineralId, string path)
    {
        if (!Lists.TryGetValue(listId, out var list))
        {
            Errors.Add(new InputError { Path = path + ".list", Rule = "UnknownReference", Message = "refers to an unknown list", AttemptedValue = listId });
            return;
        }

        AddList(list with { Members = [mineralId], Citations = [] }, path);
    }

    public void CheckReferences()
    {
        foreach (var (path, mineral) in _mineralReferences)
        {
            if (!Minerals.ContainsKey(mineral))
            {
                Errors.Add(new InputError { Path = path, Rule = "UnknownReference", Message = "refers to an unknown mineral", AttemptedValue = mineral });
            }
        }

        foreach (var (path, citation) in _citations)
        {
            if (!Sources.ContainsKey(citation.Source))
            {
                Errors.Add(new InputError { Path = path + ".source", Rule = "UnknownReference", Message = "cites an unknown source", AttemptedValue = citation.Source });
            }
        }
    }

    private void AddMineral(Mineral mineral, string path)
    {
        Cite(path, mineral.Citations);
        if (Minerals.TryGetValue(mineral.Id, out var existing))
        {
            if (mineral.Products.Count == 0 || !IsProductOnlyAddition(mineral))
            {
                Duplicate(path + ".id", "mineral", mineral.Id);
                return;
            }

            // A mineral entry that names an existing id with nothing but products adds those products; its name, symbol
            // and group (required by the format) must repeat the catalog's, else the entry contradicts the catalog.
            Conflict(path + ".name", "name", mineral.Name, existing.Name);
            Conflict(path + ".symbol", "symbol", mineral.Symbol, existing.Symbol);
            Conflict(path + ".group", "group", GroupName(mineral.Group), GroupName(existing.Group));
            AddProducts(mineral, path, existing, out var merged);
            Minerals[mineral.Id] = merged;
            return;
        }

        AddProducts(mineral, path, mineral with { Products = [] }, out var added);
        Minerals[mineral.Id] = added;
    }

    private void Conflict(string path, string what, string given, string known)
    {
        if (!string.Equals(given, known, StringComparison.Ordinal))
        {
            Errors.Add(new InputError { Path = path, Rule = RuleCodes.Inconsistent, Message = $"must match the catalog's {what} of this mineral ('{known}') when adding products to it", AttemptedValue = given });
        }
    }

    private static bool IsProductOnlyAddition(Mineral mineral) =>
        mineral.HsCodes.Count == 0 && mineral.Cas is null && mineral.Note is null && mineral.Citations.Count == 0;

    private void AddProducts(Mineral mineral, string path, Mineral target, out Mineral result)
    {
        var products = target.Products.ToList();
        for (var i = 0; i < mineral.Products.Count; i++)
        {
            var product = mineral.Products[i];
            var productPath = $"{path}.products[{i}]";
            Cite(productPath, product.Citations);
            if (!string.Equals(product.Mineral, mineral.Id, StringComparison.Ordinal))
            {
                Errors.Add(new InputError
                {
                    Path = productPath + ".mineral",
                    Rule = "Mismatch",
                    Message = $"must be the mineral that lists it ('{mineral.Id}')",
                    AttemptedValue = product.Mineral,
                });
                continue;
            }

            if (!_productOwners.TryAdd(product.Id, mineral.Id))
            {
                Duplicate(productPath + ".id", "product", product.Id);
                continue;
            }

            products.Add(product);
        }

        result = target with { Products = products.OrderBy(p => p.Id, StringComparer.Ordinal).ToList() };
    }

    private void AddList(CriticalityList list, string path)
    {
        Cite(path, list.Citations);
        for (var j = 0; j < list.Members.Count; j++)
        {
            _mineralReferences.Add(($"{path}.members[{j}]", list.Members[j]));
        }

        if (Lists.TryGetValue(list.Id, out var existing))
        {
            var members = existing.Members.ToList();
            for (var j = 0; j < list.Members.Count; j++)
            {
                if (members.Contains(list.Members[j], StringComparer.Ordinal))
                {
                    Duplicate($"{path}.members[{j}]", $"member of list '{list.Id}'", list.Members[j]);
                }
                else
                {
                    members.Add(list.Members[j]);
                }
            }

            Lists[list.Id] = existing with
            {
                Members = members.Order(StringComparer.Ordinal).ToList(),
                Citations = existing.Citations.Concat(list.Citations).ToList(),
            };
            return;
        }

        var distinct = list.Members.Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count != list.Members.Count)
        {
            var duplicate = list.Members.GroupBy(m => m, StringComparer.Ordinal).First(g => g.Count() > 1).Key;
            Duplicate(path + ".members", $"member of list '{list.Id}'", duplicate);
        }

        Lists[list.Id] = list with { Members = distinct.Order(StringComparer.Ordinal).ToList() };
    }

    private void AddProduction(ProductionRecord record, string path)
    {
        Cite(path, record.Citations);
        _mineralReferences.Add((path + ".mineral", record.Mineral));
        if (Production.Exists(p => string.Equals(p.Mineral, record.Mineral, StringComparison.Ordinal)
                                   && string.Equals(p.Country, record.Country, StringComparison.Ordinal)))
        {
            Duplicate(path, "production record", $"{record.Mineral}/{record.Country}");
            return;
        }

        Production.Add(record);
    }

    private void Cite(string path, IReadOnlyList<Citation> citations)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            _citations.Add(($"{path}.citations[{i}]", citations[i]));
        }
    }

    private void Duplicate(string path, string what, string value) =>
        Errors.Add(new InputError { Path = path, Rule = "Duplicate", Message = $"{what} already exists", AttemptedValue = value });

    // The group as catalog files spell it (base-metal): the catalog is below the file format, so it kebab-cases the name itself.
    private static string GroupName(MineralGroup group) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(group.ToString());
}
