/**
 * The Gyeonggi traffic information centre's REST-XML feed ({@code openapigits.gg.go.kr},
 * {@code getRoadLinkTrafficInfoList} and {@code getIncidentInfo}) for city and provincial roads.
 */
package city.civic.integrations.traffic.gits;
