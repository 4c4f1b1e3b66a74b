package city.civic.admin.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tiles of the city's own tile server around a point ({@code civic.console.map-tiles}, off by default):
 * three by three Web Mercator tiles ("slippy map" numbering, z/x/y) with the point in the middle one.
 *
 * @see <a href="https://wiki.openstreetmap.org/wiki/Slippy_map_tilenames">Slippy map tilenames</a>
 */
public record MapTiles(List<Tile> tiles, double markerX, double markerY, double size) {

    static final int ZOOM = 16;
    static final int TILE = 256;

    public record Tile(String url, double x, double y) {
    }

    static Optional<MapTiles> around(String urlTemplate, Double lat, Double lon) {
        if (urlTemplate == null || urlTemplate.isBlank() || lat == null || lon == null) {
            return Optional.empty();
        }
        double n = 1 << ZOOM;
        double fx = (lon + 180) / 360 * n;
        double latRad = Math.toRadians(lat);
        double fy = (1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * n;
        int cx = (int) Math.floor(fx);
        int cy = (int) Math.floor(fy);
        var tiles = new ArrayList<Tile>();
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                String url = urlTemplate.replace("{z}", Integer.toString(ZOOM))
                        .replace("{x}", Integer.toString(cx + dx)).replace("{y}", Integer.toString(cy + dy));
                tiles.add(new Tile(url, (dx + 1) * TILE, (dy + 1) * TILE));
            }
        }
        return Optional.of(new MapTiles(List.copyOf(tiles), round((fx - cx + 1) * TILE), round((fy - cy + 1) * TILE),
                3 * TILE));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
