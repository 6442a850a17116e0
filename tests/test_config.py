import pytest

from crosscheck.config import Settings
from crosscheck.errors import ConfigError


def test_defaults_are_valid():
    assert Settings().validate() == Settings()


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"embedder": "no-such-model"}, "use one of minilm, fake"),
        ({"rounding_tolerance": 1.5}, "rounding_tolerance=1.5: must be between 0 and 1"),
        ({"link_threshold": -0.1}, "link_threshold"),
        ({"linkage": "ward"}, "use one of average, complete, single"),
        ({"absolute_tolerance": -1}, "absolute_tolerance"),
        ({"max_day_gap": -2}, "max_day_gap"),
        ({"news_cycle_days": -1}, "news_cycle_days"),
        ({"update_link": 1.5}, "update_link"),
        ({"article_seconds": 0}, "article_seconds=0: must be a number of seconds > 0"),
        ({"article_seconds": -3.0}, "article_seconds"),
        ({"dense_numbers": 0}, "dense_numbers=0: must be a whole number >= 1, or None for no limit"),
        ({"dense_sentences": 2.5}, "dense_sentences=2.5"),
        ({"dense_actors": -1}, "dense_actors=-1"),
    ],
)
def test_invalid_settings_name_the_parameter_and_the_valid_values(values, message):
    with pytest.raises(ConfigError, match=message):
        Settings(**values).validate()


def test_all_problems_are_reported_at_once():
    with pytest.raises(ConfigError) as error:
        Settings(rounding_tolerance=2, max_day_gap=-1).validate()
    assert "rounding_tolerance" in str(error.value) and "max_day_gap" in str(error.value)


def test_reported_settings_do_not_depend_on_the_machine():
    recorded = Settings(cache_dir="/home/someone/.cache", progress=False).as_dict()
    assert "cache_dir" not in recorded and "progress" not in recorded
    assert recorded == Settings().as_dict()


def test_the_limits_on_reading_are_no_part_of_the_analysis():
    lifted = Settings(article_seconds=None, dense_numbers=None, dense_sentences=None, dense_actors=None)
    assert lifted.validate().as_dict() == Settings().as_dict() and "dense_numbers" not in lifted.as_dict()
