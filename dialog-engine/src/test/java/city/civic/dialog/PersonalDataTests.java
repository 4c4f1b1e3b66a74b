package city.civic.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my number is 010-1234-5678             | my number is [redacted]
            call 01012345678 please                | call [redacted] please
            office (031) 760-2114                  | office [redacted]
            +82 10 9876 5432 is mine               | [redacted] is mine
            mail kim.minji@example.kr today        | mail [redacted] today
            id 900101-1234567 here                 | id [redacted] here
            ticket SC-2026-000123 at 10:30         | ticket SC-2026-000123 at 10:30
            bus 1150 at stop 12345                 | bus 1150 at stop 12345
            """)
    void masksContactsAndIdsButNotTicketsTimesOrRoutes(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            제 번호는 ０１０-１２３４-５６７８ 이에요                  | 제 번호는 [redacted] 이에요
            전화 （０２）１２３-４５６７ 로 주세요                      | 전화 [redacted] 로 주세요
            010 1234 5678                                  | [redacted]
            call 010 - 1234 - 5678 after six               | call [redacted] after six
            010–1234–5678                                  | [redacted]
            a 010‐1234‐5678 b 010‑1234‑5678 c 010‒1234‒5678 | a [redacted] b [redacted] c [redacted]
            a 010—1234—5678 b 010―1234―5678 c 010−1234−5678 | a [redacted] b [redacted] c [redacted]
            a 010﹣1234﹣5678 b 010－1234－5678                | a [redacted] b [redacted]
            dots 010.1234.5678 work too                    | dots [redacted] work too
            연락처010-1234-5678입니다                          | 연락처[redacted]입니다
            tel:010-1234-5678                              | tel:[redacted]
            home 010-1234-5678,office 010-9876-5432        | home [redacted],office [redacted]
            +82 10-9876-5432                               | [redacted]
            +82 010 9876 5432 is mine                      | [redacted] is mine
            +82 (0)10-9876-5432 is mine                    | [redacted] is mine
            +82-2-123-4567                                 | [redacted]
            (02) 123-4567                                  | [redacted]
            서울 02-123-4567 번                               | 서울 [redacted] 번
            seoul 02.1234.5678                             | seoul [redacted]
            경기 031-760-2114 입니다                           | 경기 [redacted] 입니다
            internet phone 070-1234-5678 ok                | internet phone [redacted] ok
            free call 080-123-4567 ok                      | free call [redacted] ok
            safe number 0505-123-4567 ok                   | safe number [redacted] ok
            safe number 050-1234-5678 ok                   | safe number [redacted] ok
            direct line 1234-5678 please                   | direct line [redacted] please
            direct line 123-4567 please                    | direct line [redacted] please
            """)
    void masksPhoneNumbersWithAnySeparatorAndWidth(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            call me on zero one zero one two three four five six seven eight  | call me on [redacted]
            zero one zero, one two three four, five six seven eight please    | [redacted] please
            Zero One Zero one two three four five six seven eight              | [redacted]
            it is oh one oh, double five six seven, eight nine one two thanks | it is [redacted] thanks
            triple oh one two three four five ok                               | [redacted] ok
            zero one zero dash one two three four dash five six seven eight    | [redacted]
            my number is 010 1234 five six seven eight                        | my number is [redacted]
            call zero one zero 1234 5678 one more time                        | call [redacted] one more time
            one two three four five six seven                                 | [redacted]
            연락처 공일공 일이삼사 오육칠팔 입니다                                     | 연락처 [redacted] 입니다
            번호는 공일공-일이삼사-오육칠팔이에요                                      | 번호는 [redacted]에요
            공일공에 일이삼사에 오육칠팔로 연락주세요                                    | [redacted]로 연락주세요
            공일공 다시 일이삼사 다시 오육칠팔                                         | [redacted]
            영일영 일이삼사 오륙칠팔 번                                              | [redacted] 번
            공일공 1234 5678                                                | [redacted]
            s c two zero two six zero zero zero one two three                | s c two zero two six zero zero zero one two three
            """)
    void masksDigitsSpelledOutInEnglishOrKorean(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            mail kim.minji[at]example.kr today              | mail [redacted] today
            write to name (at) example (dot) com please     | write to [redacted] please
            write to name [ at ] example [ dot ] com please | write to [redacted] please
            it is name at example dot com                   | it is [redacted]
            kim dot minji at example dot kr, thanks         | [redacted], thanks
            hong골뱅이naver.com 으로 보내주세요                   | [redacted] 으로 보내주세요
            hong 골뱅이 naver 닷컴 으로 주세요                    | [redacted] 으로 주세요
            메일 kim＠example．com 입니다                      | 메일 [redacted] 입니다
            mail kim.minsu+city@example.co.kr please        | mail [redacted] please
            mail kim@example.com. thanks                    | mail [redacted]. thanks
            """)
    void masksEmailAddressesHoweverTheyAreWritten(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            card 4111 1111 1111 1111 expires          | card [redacted] expires
            card 4111-1111-1111-1111 expires          | card [redacted] expires
            amex 3782 822463 10005 ok                 | amex [redacted] ok
            card 4111111111111111                     | card [redacted]
            계좌 110-123-456789 로 보내주세요                | 계좌 [redacted] 로 보내주세요
            우리은행 1002-123-456789 입니다                | 우리은행 [redacted] 입니다
            농협 123-45-678901 예금주 홍길동               | 농협 [redacted] 예금주 홍길동
            주민번호 900101 1234567                      | 주민번호 [redacted]
            주민번호 900101-2234567 입니다                 | 주민번호 [redacted] 입니다
            주민번호는 9001011234567                      | 주민번호는 [redacted]
            """)
    void masksCardAccountAndResidentRegistrationNumbers(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ticket SC-2026-000123 is filed
            티켓 sc 2026 000123 상태 알려주세요
            SC2026000123
            see SC-2026-000123 at 37.417200, 127.255700 since 2026-03-01 09:00, bus 1002
            the light went out at 10:30 and 14:05
            14시 5분에 고장났어요
            on 2026-12-07 or 2026.12.07 or 2026. 12. 7. 14시
            bus 1150 at stop 12345
            3 cars blocked the road
            I called 112, then 119 and 120
            it costs 1,000,000 won
            the pothole is at 37.4095, 127.2550
            the 2025-2026 season
            구청 앞 사거리에서 이 길로 가면 돼요
            일이 있어요
            오늘 삼거리 신호등이 고장났어요
            one of the lights is out
            someone often parks in the zone
            one two three
            the one at city hall
            see the notice at www.city.go.kr
            """)
    void leavesTicketsTimesDatesAmountsCoordinatesAndWordsAlone(String text) {
        assertThat(PersonalData.mask(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            010-1234-5678 이 번호로 연락주세요           | [redacted] 이 번호로 연락주세요
            010-1234-5678 one more thing            | [redacted] one more thing
            010-1234-5678 14시에 전화주세요             | [redacted] 14시에 전화주세요
            2026-12-07 010-1234-5678                | 2026-12-07 [redacted]
            SC-2026-000123 010-1234-5678            | SC-2026-000123 [redacted]
            it is 1,000,000 won 010-1234-5678       | it is 1,000,000 won [redacted]
            kim@example.com010-1234-5678            | [redacted]
            kim010-1234-5678@example.com            | [redacted]
            """)
    void masksOnlyTheNumberNextToWordsAndOtherNumbersAndMergesTouchingMatches(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @Test
    void returnsNullAndEmptyAsTheyAre() {
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask("")).isEmpty();
    }

    @Test
    void masksLongAdversarialTextInOnePass() {
        assertThat(PersonalData.mask("1-2 3.4(5)6 ".repeat(170))).isEqualTo(PersonalData.MARK + " ");
        assertThat(PersonalData.mask("one ".repeat(500))).isEqualTo(PersonalData.MARK + " ");
        String separators = "1-.-".repeat(500);
        assertThat(PersonalData.mask(separators)).isEqualTo(separators);
        String emails = "a@".repeat(1000);
        assertThat(PersonalData.mask(emails)).isEqualTo(emails);
        String words = "at dot ".repeat(300);
        assertThat(PersonalData.mask(words)).isEqualTo(words);
    }

    @Test
    void theFirstEmailAddressIsFoundAsMaskingFindsIt() {
        assertThat(PersonalData.emailAddress("write to kim.minsu@example.com or lee@example.org"))
                .contains("kim.minsu@example.com");
        assertThat(PersonalData.emailAddress("kim [at] example [dot] com, please")).contains("kim@example.com");
        assertThat(PersonalData.emailAddress("call me at the office")).isEmpty();
        assertThat(PersonalData.emailAddress("010-1234-5678")).isEmpty();
    }
}
