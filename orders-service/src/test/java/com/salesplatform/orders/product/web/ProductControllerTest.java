package com.salesplatform.orders.product.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.orders.product.api.AddProductCommand;
import com.salesplatform.orders.product.api.ChangeProductPriceCommand;
import com.salesplatform.orders.product.api.FindProductsQuery;
import com.salesplatform.orders.product.query.ProductList;
import com.salesplatform.orders.product.query.ProductView;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platformtest.TestCallers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest({ProductController.class, ProductQueryController.class})
class ProductControllerTest {

    private static final String VALID = """
            {"sku":"crm-pro","name":"客户管理系统","category":"软件","listPrice":1200.50}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;

    @Test
    void anAdminAddsAProductUnderItsUpperCaseSku() throws Exception {
        add(VALID, TestCallers.admin())
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/products/CRM-PRO"))
                .andExpect(jsonPath("$.id").value("CRM-PRO"));
        verify(commands).sendAndWait(new AddProductCommand("CRM-PRO", "客户管理系统", "软件", new BigDecimal("1200.50")));
    }

    @Test
    void onlyAnAdminChangesTheCatalogue() throws Exception {
        add(VALID, TestCallers.manager("5a1e5000-0000-4000-8000-0000000000b1", null)).andExpect(status().isForbidden());
        add(VALID, TestCallers.rep("5a1e5000-0000-4000-8000-0000000000c1", null))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/products/CRM-PRO/price").with(TestCallers.rep("r", null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"listPrice\":1}"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(commands);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"sku\":\"crm-pro\"|\"sku\":\"crm pro\"|sku",
            "\"listPrice\":1200.50|\"listPrice\":1200.505|listPrice",
            "\"listPrice\":1200.50|\"listPrice\":0|listPrice",
            "\"name\":\"客户管理系统\"|\"name\":\" \"|name",
            "\"category\":\"软件\"|\"category\":\"软件\",\"currency\":\"USD\"|currency"})
    void rejectsInvalidOrUnknownFieldsNamingThem(String valid, String invalid, String field) throws Exception {
        add(VALID.replace(valid, invalid), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        verifyNoInteractions(commands);
    }

    @Test
    void anAdminRepricesAProduct() throws Exception {
        mvc.perform(put("/api/products/crm-pro/price").with(TestCallers.admin())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"listPrice\":1299}"))
                .andExpect(status().isNoContent());
        verify(commands).sendAndWait(new ChangeProductPriceCommand("CRM-PRO", new BigDecimal("1299")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyoneSearchesTheCatalogue() throws Exception {
        given(queries.query(any(FindProductsQuery.class), any(ResponseType.class))).willReturn(
                CompletableFuture.completedFuture(new ProductList(List.of(new ProductView("CRM-PRO", "客户管理系统",
                        "软件", new BigDecimal("1200.50"), "CNY", Instant.parse("2027-01-01T00:00:00Z"))), 1)));
        mvc.perform(get("/api/products?q=管理&size=5").with(TestCallers.rep("r", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].sku").value("CRM-PRO"))
                .andExpect(jsonPath("$.items[0].id").value("CRM-PRO"))
                .andExpect(jsonPath("$.totalItems").value(1));
        var sent = ArgumentCaptor.forClass(FindProductsQuery.class);
        verify(queries).query(sent.capture(), any(ResponseType.class));
        assertThat(sent.getValue()).isEqualTo(new FindProductsQuery("管理", new PageQuery(0, 5)));
    }

    private ResultActions add(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/products").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
