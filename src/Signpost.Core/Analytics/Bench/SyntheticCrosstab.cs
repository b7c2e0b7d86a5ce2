using System.Globalization;
using System.Text;
using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Bench;

/// <summary>
/// Writes a synthetic England-scale GPAD practice-level crosstab for benchmarks (never shipped as data): about
/// 6,300 practices in 1,250 PCNs and 106 sub-ICB locations (BLMK's real practices and PCNs among them), about
/// 1,000 rows per practice-month as in the real file, dimension mixes and a heavy-tailed count per row like the
/// published one. Deterministic for a given seed.
/// </summary>
public static class SyntheticCrosstab
{
    public const string Header = "APPOINTMENT_MONTH_START_DATE,GP_CODE,GP_NAME,SUPPLIER,PCN_CODE,PCN_NAME,SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,HCP_TYPE,APPT_MODE,NATIONAL_CATEGORY,TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS,APPT_STATUS";

    private static readonly double[] Status = [0.92, 0.04, 0.04];
    private static readonly double[] Hcp = [0.44, 0.52, 0.04];
    private static readonly double[] Mode = [0.66, 0.01, 0.29, 0.02, 0.02];
    private static readonly double[] Time = [0.43, 0.09, 0.2, 0.12, 0.07, 0.04, 0.04, 0.01];
    private static readonly double[] Category = [0.16, 0.22, 0.12, 0.14, 0.1, 0.05, 0.01, 0.01, 0.005, 0.005, 0.02, 0.02, 0.01, 0.005, 0.005, 0.005, 0.05, 0.03];
    private static readonly string[] Suppliers = ["EMIS", "TPP", "MEDICUS"];

    /// <summary>Writes at least <paramref name="rows"/> rows (stopping at exactly that many) and returns how many months it took.</summary>
    public static int Write(string path, long rows, IReadOnlyList<(string Practice, string Pcn)> realPractices, int seed = 20261121)
    {
        var random = new Random(seed);
        var practices = Practices(random, realPractices);
        var combos = Combos(out var inclusion);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        long written = 0;
        var month = new DateOnly(2024, 1, 1);
        var months = 0;
        var line = new StringBuilder(256);
        for (; written < rows; month = month.AddMonths(1), months++)
        {
            var monthText = month.ToString("ddMMMyyyy", CultureInfo.InvariantCulture).ToUpperInvariant();
            foreach (var p in practices)
            {
                var prefix = $"{monthText},{p.Code},\"{p.Name}\",{p.Supplier},{p.Pcn},{p.Pcn} PCN,{p.SubIcb},\"NHS SUB-ICB LOCATION {p.SubIcb}\",";
                for (var c = 0; c < combos.Length && written < rows; c++)
                {
                    if (random.NextDouble() >= Math.Min(1, inclusion[c] * p.Size)) continue;
                    var count = Math.Max(1, (int)Math.Round(Math.Exp(1.2 + 1.3 * Gaussian(random)) * p.Size));
                    line.Clear().Append(prefix).Append(combos[c].Head).Append(count).Append(',').Append(combos[c].Status);
                    writer.WriteLine(line);
                    written++;
                }
                if (written >= rows) break;
            }
        }
        return months;
    }

    private sealed record SyntheticPractice(string Code, string Name, string Supplier, string Pcn, string SubIcb, double Size);

    private static List<SyntheticPractice> Practices(Random random, IReadOnlyList<(string Practice, string Pcn)> real)
    {
        var list = real.Select(r => new SyntheticPractice(r.Practice, $"PRACTICE {r.Practice}", "EMIS", r.Pcn, "M1J4Y", Size(random))).ToList();
        for (var i = list.Count; i < 6300; i++)
        {
            var pcn = i / 5;
            list.Add(new SyntheticPractice($"Z{i:D5}", $"SYNTHETIC PRACTICE {i}, TOWN {i % 97}", Suppliers[i % 3], $"V{pcn:D5}", $"S{pcn % 106:D2}XX", Size(random)));
        }
        return list;
    }

    // Practice list sizes vary about fourfold; the number of distinct rows grows with size.
    private static double Size(Random random) => Math.Clamp(Math.Exp(0.45 * Gaussian(random)), 0.35, 2.5);

    private static (string Head, string Status)[] Combos(out double[] inclusion)
    {
        var combos = new List<(string, string)>();
        var weights = new List<double>();
        for (var s = 0; s < Status.Length; s++)
        for (var h = 0; h < Hcp.Length; h++)
        for (var m = 0; m < Mode.Length; m++)
        for (var c = 0; c < Category.Length; c++)
        for (var t = 0; t < Time.Length; t++)
        {
            combos.Add(($"{GpadCodes.HcpType.Name(h)},{GpadCodes.Mode.Name(m)},{GpadCodes.NationalCategory.Name(c)},{GpadCodes.TimeBetween.Name(t)},", GpadCodes.Status.Name(s)));
            weights.Add(Status[s] * Hcp[h] * Mode[m] * Category[c] * Time[t]);
        }
        // Inclusion 1 - exp(-λw) with λ chosen so that an average practice has about 1,000 rows a month.
        double low = 0, high = 1e7;
        for (var i = 0; i < 60; i++)
        {
            var mid = (low + high) / 2;
            if (weights.Sum(w => 1 - Math.Exp(-mid * w)) < 1000) low = mid; else high = mid;
        }
        inclusion = weights.Select(w => 1 - Math.Exp(-low * w)).ToArray();
        return combos.ToArray();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
