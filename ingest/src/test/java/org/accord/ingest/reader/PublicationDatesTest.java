package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

    @Test
    void find_dateWrittenOut_isTheDate() {
        assertThat(PublicationDates.find("发布时间：2021年12月17日 18:33")).contains(LocalDate.of(2021, 12, 17));
        assertThat(PublicationDates.find("Posted Apr 2, 2019 by the newsroom")).contains(LocalDate.of(2019, 4, 2));
    }

    @Test
    void find_onlyACompactTimeStamp_datesTheArticle() {
        assertThat(PublicationDates.find("微信图片_20220926142225")).contains(LocalDate.of(2022, 9, 26));
    }

    @Test
    void find_timeStampAndAWrittenDate_takesTheWrittenOne() {
        assertThat(PublicationDates.find("img_20220926142225 2022-09-27")).contains(LocalDate.of(2022, 9, 27));
    }

    @Test
    void find_digitsThatAreNoTime_dateNothing() {
        assertThat(PublicationDates.find("订单号 20221399887766，电话 13800138000")).isEmpty();
        assertThat(PublicationDates.find("8月21日下午")).isEmpty();
    }
}
