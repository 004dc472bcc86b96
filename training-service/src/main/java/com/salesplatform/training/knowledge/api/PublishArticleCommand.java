package com.salesplatform.training.knowledge.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record PublishArticleCommand(@TargetAggregateIdentifier String articleId) {
}
