using Npgsql;

namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>
/// Reads search entries (all, or those of some services) with what their hits show, inside the caller's
/// repeatable-read transaction so that the entries, hours and the change watermark are one consistent picture.
/// </summary>
public sealed class SnapshotLoader(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);

    /// <summary>The oldest transaction still running in this snapshot: every change below it is already visible.</summary>
    public async Task<ulong> WatermarkAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select pg_snapshot_xmin(pg_current_snapshot())::text", connection, transaction);
        return ulong.Parse((string)(await command.ExecuteScalarAsync(cancellationToken))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The services whose entries changed in transactions from the watermark on.</summary>
    public async Task<List<Guid>> ChangedSinceAsync(ulong watermark, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select distinct service_id from directory_search_changes where xid >= $1::text::xid8", connection, transaction);
        command.Parameters.AddWithValue(watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(0));
        return ids;
    }

    /// <summary>Entries of the given services, or of every service when <paramref name="serviceIds"/> is null.</summary>
    public async Task<List<IndexedEntry>> EntriesAsync(Guid[]? serviceIds, CancellationToken cancellationToken)
    {
        var filter = serviceIds is null ? "" : " where e.service_id = any ($1)";
        var services = await ServicesAsync(filter, serviceIds, cancellationToken);
        await AddHoursAsync(services, filter.Replace("e.service_id", "service_id", StringComparison.Ordinal), serviceIds, cancellationToken);
        var entries = new List<IndexedEntry>();
        var locations = new Dictionary<Guid, IndexedLocation>();
        await using var command = Command($"""
            select e.id, e.service_id, e.location_id, e.latitude, e.longitude, array_to_string(tsvector_to_array(e.search_vector), chr(1)), e.minimum_age, e.maximum_age,
                   l.name, l.address_lines, l.postcode
            from directory_search_entries e left join directory_locations l on l.id = e.location_id{filter}
            """, serviceIds);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            if (!services.TryGetValue(r.GetGuid(1), out var service)) continue;
            var lexemes = Lexemes(r.GetString(5));
            IndexedLocation? location = null;
            if (!r.IsDBNull(2) && !locations.TryGetValue(r.GetGuid(2), out location))
            {
                locations[r.GetGuid(2)] = location = new IndexedLocation
                {
                    Id = r.GetGuid(2), Name = r.IsDBNull(8) ? null : r.GetString(8), Address = r.IsDBNull(9) ? [] : r.GetFieldValue<string[]>(9),
                    Postcode = r.IsDBNull(10) ? null : Intern(r.GetString(10)),
                };
            }
            entries.Add(new IndexedEntry
            {
                Id = r.GetGuid(0), Service = service, Location = location,
                Latitude = r.IsDBNull(3) ? null : r.GetDouble(3), Longitude = r.IsDBNull(4) ? null : r.GetDouble(4), Lexemes = lexemes,
                MinimumAge = r.IsDBNull(6) ? null : r.GetInt32(6), MaximumAge = r.IsDBNull(7) ? null : r.GetInt32(7),
            });
        }
        return entries;
    }

    private async Task<Dictionary<Guid, IndexedService>> ServicesAsync(string filter, Guid[]? serviceIds, CancellationToken cancellationToken)
    {
        var services = new Dictionary<Guid, IndexedService>();
        await using var command = Command($"""
            select s.id, s.name, o.name, s.access_methods, s.is_demo, s.hours_source
            from directory_services s join directory_organisations o on o.id = s.organisation_id
            where s.id in (select e.service_id from directory_search_entries e{filter})
            """, serviceIds);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            services[r.GetGuid(0)] = new IndexedService
            {
                Id = r.GetGuid(0), Name = r.GetString(1), OrganisationName = Intern(r.GetString(2)),
                AccessMethods = r.GetFieldValue<string[]>(3).Select(Intern).ToArray(), IsDemo = r.GetBoolean(4), HoursSource = Intern(r.GetString(5)),
            };
        }
        return services;
    }

    /// <summary>
    /// Gives each service its hours: the (few) dated changes first, then the bands in service order, so that each
    /// service's hours are shared with any service that has the same ones as soon as its last band is read.
    /// </summary>
    private async Task AddHoursAsync(Dictionary<Guid, IndexedService> services, string filter, Guid[]? serviceIds, CancellationToken cancellationToken)
    {
        var exceptions = new Dictionary<Guid, List<DatedHours>>();
        await using (var command = Command("select service_id, on_date, opens_minute, closes_minute from directory_opening_exceptions" + filter, serviceIds))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                var id = r.GetGuid(0);
                if (!services.ContainsKey(id)) continue;
                if (!exceptions.TryGetValue(id, out var list)) exceptions[id] = list = [];
                list.Add(new DatedHours
                {
                    ServiceId = id, OnDate = r.GetFieldValue<DateOnly>(1),
                    OpensMinute = r.IsDBNull(2) ? null : r.GetInt32(2), ClosesMinute = r.IsDBNull(3) ? null : r.GetInt32(3),
                });
            }
        }
        var shared = new Dictionary<string, ServiceHours>(StringComparer.Ordinal);
        void Give(Guid id, List<OpeningBand> bands)
        {
            if (!services.TryGetValue(id, out var service)) return;
            var own = exceptions.GetValueOrDefault(id) ?? [];
            var key = ServiceHours.Key(bands, own);
            if (!shared.TryGetValue(key, out var hours)) shared[key] = hours = new ServiceHours(bands, own);
            service.Hours = hours;
        }
        var given = new HashSet<Guid>();
        await using (var command = Command("select service_id, day, opens_minute, closes_minute from directory_opening_bands" + filter + " order by service_id", serviceIds))
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            Guid? currentId = null;
            var bands = new List<OpeningBand>();
            while (await r.ReadAsync(cancellationToken))
            {
                var id = r.GetGuid(0);
                if (id != currentId)
                {
                    if (currentId is { } done) { Give(done, bands); given.Add(done); }
                    currentId = id;
                    bands = [];
                }
                bands.Add(new OpeningBand { Day = r.GetInt16(1), OpensMinute = r.GetInt32(2), ClosesMinute = r.GetInt32(3) });
            }
            if (currentId is { } last) { Give(last, bands); given.Add(last); }
        }
        foreach (var id in services.Keys.Where(id => !given.Contains(id)).ToList()) Give(id, []);
    }

    private NpgsqlCommand Command(string sql, Guid[]? serviceIds)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        if (serviceIds is not null) command.Parameters.AddWithValue(serviceIds);
        return command;
    }

    /// <summary>The lexemes of one entry (joined by U+0001), each kept once for the whole index, in ordinal order.</summary>
    private string[] Lexemes(string joined)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        var parts = joined.AsSpan().Split('\u0001');
        var list = new List<string>(32);
        foreach (var range in parts)
        {
            var span = joined.AsSpan(range);
            if (span.IsEmpty) continue;
            if (!lookup.TryGetValue(span, out var known))
            {
                known = span.ToString();
                strings[known] = known;
            }
            list.Add(known);
        }
        var lexemes = list.ToArray();
        Array.Sort(lexemes, StringComparer.Ordinal);
        return lexemes;
    }

    private string Intern(string value)
    {
        if (strings.TryGetValue(value, out var known)) return known;
        strings[value] = value;
        return value;
    }
}
