/**
 * The MOLIT national ITS open API ({@code openapi.its.go.kr:9443}, {@code trafficInfo} and
 * {@code eventInfo}, JSON), with the quirks of the live service and of the data.go.kr gateway.
 */
package city.civic.integrations.traffic.its;
