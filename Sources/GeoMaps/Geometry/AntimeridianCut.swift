/// Cuts polygons that cross the antimeridian into pieces that each stay within −180…180°.
///
/// A ring crosses when two consecutive longitudes are more than 180° apart (the short way
/// round goes over ±180°). Such a ring is unwrapped into continuous longitudes, closed over the
/// pole if it encircles one, and clipped to the strips −180…180 shifted by multiples of 360°.
/// Rings that do not cross are returned unchanged, so pre-cut data (Natural Earth) is untouched.
enum AntimeridianCut {
    /// The polygon, or its pieces when its outer ring crosses ±180°.
    ///
    /// Holes are cut the same way and kept with the first piece; the renderer fills with the
    /// even-odd rule, so a hole still shows wherever it lies.
    static func cut(_ polygon: CountryShape.Polygon) -> [CountryShape.Polygon] {
        guard polygon.contains(where: crosses) else { return [polygon.map(normalised)] }
        var pieces: [CountryShape.Polygon] = []
        for (index, ring) in polygon.enumerated() {
            let parts = crosses(ring) ? split(ring) : [normalised(ring)]
            if index == 0 {
                pieces = parts.map { [$0] }
            } else if !pieces.isEmpty {
                pieces[0].append(contentsOf: parts)
            }
        }
        return pieces
    }

    /// Whether a ring has an edge longer than half a turn in longitude.
    static func crosses(_ ring: CountryShape.Ring) -> Bool {
        guard ring.count > 1 else { return false }
        for index in ring.indices {
            let next = ring[(index + 1) % ring.count]
            if abs(next.longitude - ring[index].longitude) > 180 { return true }
        }
        return false
    }

    /// How many turns round the globe a ring's longitudes span once unwrapped: 0 for a ring that
    /// does not cross ±180°, below 1 for one that does, about 1 for one that goes round a pole.
    ///
    /// ``cut(_:)`` clips a ring once per turn, so the readers refuse rings over
    /// ``maximumTurns`` (a zigzag over ±180° would otherwise cost time quadratic in its length).
    static func turns(_ ring: CountryShape.Ring) -> Double {
        guard crosses(ring) else { return 0 }
        let longitudes = unwrapped(ring).map(\.longitude)
        return ((longitudes.max() ?? 0) - (longitudes.min() ?? 0)) / 360
    }

    /// The most turns a ring read from a file may span (see ``turns(_:)``).
    static let maximumTurns = 2.0

    /// The ring with each longitude moved by whole turns to within 180° of the one before it.
    private static func unwrapped(_ ring: CountryShape.Ring) -> CountryShape.Ring {
        guard let first = ring.first else { return [] }
        var unwrapped = [first]
        unwrapped.reserveCapacity(ring.count)
        for point in ring.dropFirst() {
            guard let previous = unwrapped.last else { break }
            var delta = point.longitude - previous.longitude
            delta -= 360 * (delta / 360).rounded()
            unwrapped.append(GeoCoordinate(longitude: previous.longitude + delta, latitude: point.latitude))
        }
        return unwrapped
    }

    /// Brings longitudes outside −180…180 (data written 0…360) back into range.
    private static func normalised(_ ring: CountryShape.Ring) -> CountryShape.Ring {
        guard ring.contains(where: { abs($0.longitude) > 180 }) else { return ring }
        let shift =
            ring.allSatisfy { $0.longitude >= 180 } ? -360.0 : ring.allSatisfy { $0.longitude <= -180 } ? 360 : 0
        return ring.map { GeoCoordinate(longitude: $0.longitude + shift, latitude: $0.latitude) }
    }

    private static func split(_ ring: CountryShape.Ring) -> [CountryShape.Ring] {
        guard let first = ring.first else { return [] }
        var unwrapped = Self.unwrapped(ring)
        if let last = unwrapped.last {
            var closing = first.longitude - last.longitude
            closing -= 360 * (closing / 360).rounded()
            let drift = last.longitude + closing - first.longitude
            if abs(drift) > 180 {
                // The ring goes once round a pole: close it along the pole.
                let meanLatitude = unwrapped.reduce(0) { $0 + $1.latitude } / Double(unwrapped.count)
                let pole = meanLatitude >= 0 ? 90.0 : -90.0
                unwrapped.append(GeoCoordinate(longitude: last.longitude + closing, latitude: pole))
                unwrapped.append(GeoCoordinate(longitude: first.longitude, latitude: pole))
            }
        }
        let low = unwrapped.map(\.longitude).min() ?? 0
        let high = unwrapped.map(\.longitude).max() ?? 0
        var pieces: [CountryShape.Ring] = []
        var shift = -360 * ((high + 180) / 360).rounded(.down)
        while low + shift < 180 {
            let shifted = unwrapped.map { GeoCoordinate(longitude: $0.longitude + shift, latitude: $0.latitude) }
            let clipped = clip(clip(shifted, keepingBelow: 180), keepingAbove: -180)
            if clipped.count >= 3 { pieces.append(clipped) }
            shift += 360
        }
        return pieces
    }

    private static func clip(_ ring: CountryShape.Ring, keepingBelow limit: Double) -> CountryShape.Ring {
        clip(ring, limit: limit) { $0 <= limit }
    }

    private static func clip(_ ring: CountryShape.Ring, keepingAbove limit: Double) -> CountryShape.Ring {
        clip(ring, limit: limit) { $0 >= limit }
    }

    /// Sutherland–Hodgman clipping of a ring against a meridian.
    private static func clip(
        _ ring: CountryShape.Ring, limit: Double, inside: (Double) -> Bool
    ) -> CountryShape.Ring {
        var output: CountryShape.Ring = []
        for index in ring.indices {
            let current = ring[index]
            let next = ring[(index + 1) % ring.count]
            let currentInside = inside(current.longitude)
            let nextInside = inside(next.longitude)
            if currentInside { output.append(current) }
            if currentInside != nextInside {
                let t = (limit - current.longitude) / (next.longitude - current.longitude)
                let latitude = current.latitude + t * (next.latitude - current.latitude)
                output.append(GeoCoordinate(longitude: limit, latitude: latitude))
            }
        }
        return output
    }
}
