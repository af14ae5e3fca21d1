# Testing a weather service with unittest.mock: patch.object, side_effect sequences and exceptions, autospec signatures, call_args_list, assert_has_calls, PropertyMock, mock_open, sentinel, and the failures of the assert_* helpers reported by a runner.
import io
import sys
import json
import unittest
from unittest import mock

class HttpClient:
    def get(self, url, timeout=5):
        raise NotImplementedError("real network")

class WeatherService:
    def __init__(self, client):
        self.client = client
    def temperature(self, city):
        data = self.client.get(f"https://api.example/{city}", timeout=2)
        return round(data["temp_k"] - 273.15, 1)
    def warmest(self, cities):
        temps = {}
        for c in cities:
            try:
                temps[c] = self.temperature(c)
            except ConnectionError:
                continue
        return max(temps, key=temps.get) if temps else None
    def load_cities(self, path):
        with open(path) as f:
            return json.load(f)["cities"]

class Sensor:
    @property
    def reading(self):
        return 0

class WeatherTests(unittest.TestCase):
    def test_temperature(self):
        client = mock.Mock()
        client.get.return_value = {"temp_k": 300.0}
        self.assertEqual(WeatherService(client).temperature("oslo"), 26.9)
        client.get.assert_called_once_with("https://api.example/oslo", timeout=2)
    def test_warmest_side_effect(self):
        client = mock.Mock()
        client.get.side_effect = [{"temp_k": 280}, ConnectionError("down"), {"temp_k": 290}]
        svc = WeatherService(client)
        self.assertEqual(svc.warmest(["a", "b", "c"]), "c")
        print(client.get.call_args_list)
        client.get.assert_has_calls([mock.call("https://api.example/a", timeout=2)])
        self.assertEqual(client.get.call_count, 3)
    def test_autospec_rejects_bad_call(self):
        client = mock.create_autospec(HttpClient, instance=True)
        client.get("u")
        with self.assertRaises(TypeError) as cm:
            client.get()
        print("autospec:", cm.exception)
    def test_patch_object(self):
        with mock.patch.object(HttpClient, "get", return_value={"temp_k": 273.15}) as fake:
            self.assertEqual(WeatherService(HttpClient()).temperature("x"), 0.0)
        print("patched calls:", fake.mock_calls)
    def test_property_mock(self):
        with mock.patch.object(Sensor, "reading", new_callable=mock.PropertyMock) as reading:
            reading.side_effect = [1, 2]
            s = Sensor()
            print("readings:", s.reading, s.reading)
    def test_mock_open(self):
        m = mock.mock_open(read_data='{"cities": ["rome", "paris"]}')
        with mock.patch("builtins.open", m):
            self.assertEqual(WeatherService(None).load_cities("c.json"), ["rome", "paris"])
        m.assert_called_once_with("c.json")
    def test_sentinel_and_magic(self):
        m = mock.MagicMock()
        m.__len__.return_value = 3
        m.__getitem__.side_effect = lambda k: k * 2
        print(len(m), m[4], mock.sentinel.token is mock.sentinel.token, mock.sentinel.token)
        m.configure_mock(**{"name.upper.return_value": "X"})
        print(m.name.upper(), mock.ANY == object())
    def test_fail_called_once(self):
        m = mock.Mock()
        m(1); m(2)
        m.assert_called_once_with(2)
    def test_fail_not_called(self):
        m = mock.Mock(name="notifier")
        m.assert_called_with("x")
    def test_fail_wrong_args(self):
        m = mock.Mock(name="api")
        m.post("a", b=1)
        m.post.assert_called_with("a", b=2)
    def test_fail_spec(self):
        m = mock.Mock(spec=["known"])
        m.unknown

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(WeatherTests))
import re
print(re.sub(r"in \d+\.\d+s", "in Xs", stream.getvalue()), file=sys.stderr)
print(result.testsRun, len(result.failures), len(result.errors))
m = mock.Mock(return_value=1)
print(m(1, k=2), m.call_args.kwargs, repr(m.call_args), m.method.return_value is m.method())
m.reset_mock()
print(m.called, m.call_count)
