package city.civic.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Map tiles are off unless the city configures its own tile server. */
class MapTilesTests {

    @Test
    void withoutATileServerThereAreNoTiles() {
        assertThat(MapTiles.around("", 37.4, 127.2)).isEmpty();
        assertThat(MapTiles.around("/tiles/{z}/{x}/{y}.png", null, 127.2)).isEmpty();
    }

    @Test
    void threeByThreeSlippyMapTilesSurroundThePoint() {
        // Seoul City Hall at zoom 16 lies in tile x=55883, y=25379.
        MapTiles tiles = MapTiles.around("/tiles/{z}/{x}/{y}.png", 37.5663, 126.9779).orElseThrow();

        assertThat(tiles.tiles()).hasSize(9);
        assertThat(tiles.tiles().get(4).url()).isEqualTo("/tiles/16/55883/25379.png");
        assertThat(tiles.markerX()).isBetween(256.0, 512.0);
        assertThat(tiles.markerY()).isBetween(256.0, 512.0);
    }
}
